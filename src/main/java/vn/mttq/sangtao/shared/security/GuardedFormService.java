package vn.mttq.sangtao.shared.security;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service (Tasklist's start and task forms), with submissions checked by {@link EngineGuard}. */
class GuardedFormService extends FormServiceImpl {

  private final EngineGuard guard;

  GuardedFormService(EngineGuard guard) {
    this.guard = guard;
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    guard.checkStart(processDefinitionId, null, null, properties, false);
    return super.submitStartForm(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
      Map<String, Object> properties) {
    guard.checkStart(processDefinitionId, null, businessKey, properties, false);
    return super.submitStartForm(processDefinitionId, businessKey, properties);
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
    guard.checkStart(processDefinitionId, null, null, properties, false);
    return super.submitStartFormData(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
      Map<String, String> properties) {
    guard.checkStart(processDefinitionId, null, businessKey, properties, false);
    return super.submitStartFormData(processDefinitionId, businessKey, properties);
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    guard.checkCompletion(taskId, properties);
    super.submitTaskForm(taskId, properties);
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    guard.checkCompletion(taskId, properties);
    return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
  }
}
