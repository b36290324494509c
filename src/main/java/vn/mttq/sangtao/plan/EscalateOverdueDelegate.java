package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed without the unit's plan: the issuing committee's leaders and the unit are told. */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

  private final PlanCascadeService cascade;

  EscalateOverdueDelegate(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cascade.escalateOverdue((Long) execution.getVariable(PlanImplementationProcess.VAR_IMPLEMENTATION_ID));
  }
}
