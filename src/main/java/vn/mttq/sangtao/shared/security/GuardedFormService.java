package vn.mttq.sangtao.shared.security;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service (Tasklist's start and task forms), with submissions checked by {@link EngineGuard} and a
 * task form's values refreshed when it is opened ({@link FormOpenings}).
 */
class GuardedFormService extends FormServiceImpl {

  private final EngineGuard guard;
  private final FormOpenings openings;

  GuardedFormService(EngineGuard guard, FormOpenings openings) {
    this.guard = guard;
    this.openings = openings;
  }

  @Override
  public VariableMap getTaskFormVariables(String taskId) {
    openings.opened(taskId);
    return super.getTaskFormVariables(taskId);
  }

  @Override
  public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
      boolean deserializeObjectValues) {
    openings.opened(taskId);
    return super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
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
