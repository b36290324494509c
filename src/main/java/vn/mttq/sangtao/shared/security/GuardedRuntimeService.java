package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.RestartProcessInstanceBuilder;

/** The engine's runtime service, with starts by people limited as {@link EngineGuard} says. */
class GuardedRuntimeService extends RuntimeServiceImpl {

  private final EngineGuard guard;

  GuardedRuntimeService(EngineGuard guard) {
    this.guard = guard;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    GuardedInstantiation builder = new GuardedInstantiation(this);
    builder.definitionId(processDefinitionId);
    return builder;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    GuardedInstantiation builder = new GuardedInstantiation(this);
    builder.definitionKey(processDefinitionKey);
    return builder;
  }

  @Override
  public void setVariable(String id, String variableName, Object value) {
    guard.checkVariableWrite(java.util.Collections.singletonMap(variableName, value));
    super.setVariable(id, variableName, value);
  }

  @Override
  public void setVariableLocal(String id, String variableName, Object value) {
    guard.checkVariableWrite(java.util.Collections.singletonMap(variableName, value));
    super.setVariableLocal(id, variableName, value);
  }

  @Override
  public void setVariables(String id, java.util.Map<String, ? extends Object> variables) {
    guard.checkVariableWrite(variables);
    super.setVariables(id, variables);
  }

  @Override
  public void setVariablesLocal(String id, java.util.Map<String, ? extends Object> variables) {
    guard.checkVariableWrite(variables);
    super.setVariablesLocal(id, variables);
  }

  @Override
  public void updateVariables(String id, java.util.Map<String, ? extends Object> modifications,
      java.util.Collection<String> deletions) {
    guard.checkVariableWrite(modifications);
    super.updateVariables(id, modifications, deletions);
  }

  @Override
  public void updateVariablesLocal(String id, java.util.Map<String, ? extends Object> modifications,
      java.util.Collection<String> deletions) {
    guard.checkVariableWrite(modifications);
    super.updateVariablesLocal(id, modifications, deletions);
  }

  /** Restarting finished instances repeats what they did: an administrator's repair, nobody else's. */
  @Override
  public RestartProcessInstanceBuilder restartProcessInstances(String processDefinitionId) {
    if (!guard.isAdministrator()) {
      guard.refuse("Chỉ quản trị hệ thống được chạy lại các quy trình đã kết thúc.");
    }
    return super.restartProcessInstances(processDefinitionId);
  }

  /** A start that the guard looks at before it runs. */
  private static final class GuardedInstantiation extends ProcessInstantiationBuilderImpl {

    private final EngineGuard guard;

    GuardedInstantiation(GuardedRuntimeService service) {
      super(service.getCommandExecutor());
      this.guard = service.guard;
    }

    void definitionId(String id) {
      processDefinitionId = id;
    }

    void definitionKey(String key) {
      processDefinitionKey = key;
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners,
        boolean skipIoMappings) {
      guard.checkStart(processDefinitionId, processDefinitionKey, businessKey, getVariables(),
          skipCustomListeners || skipIoMappings || !modificationBuilder.getModificationOperations().isEmpty());
      return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
    }
  }
}
