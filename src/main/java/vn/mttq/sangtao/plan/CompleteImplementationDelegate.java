package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the recipient's implementation done: its own plan issued, or recorded. */
@Component("completeImplementationDelegate")
class CompleteImplementationDelegate implements JavaDelegate {

  private final PlanCascadeService cascade;

  CompleteImplementationDelegate(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cascade.complete(PlanImplementationProcess.IMPLEMENTATION_ID.from(execution),
        Boolean.TRUE.equals(execution.getVariable(PlanImplementationProcess.VAR_OWN_PLAN_NEEDS_ISSUANCE)));
  }
}
