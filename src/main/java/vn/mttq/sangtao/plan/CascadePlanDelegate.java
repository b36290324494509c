package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One cascade step: starts the next batch of recipients' implementations and says whether more remain. */
@Component("cascadePlanDelegate")
class CascadePlanDelegate implements JavaDelegate {

  static final String VAR_CASCADE_COMPLETE = "cascadeComplete";

  private final PlanCascadeService cascade;

  CascadePlanDelegate(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    boolean more = cascade.cascadeBatch(planId, PlanCascadeService.BATCH_SIZE);
    execution.setVariable(VAR_CASCADE_COMPLETE, !more);
  }
}
