package vn.mttq.sangtao.plan;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.unit.LineVisibility;

/**
 * Starts the plan's {@code planDeadlineWatch} (same business key as the issuance), in the transaction that ends the
 * issuance: a retried step starts none twice.
 */
@Component("startDeadlineWatchDelegate")
class StartDeadlineWatchDelegate implements JavaDelegate {

  private final PlanService plans;
  private final LineVisibility visibility;

  StartDeadlineWatchDelegate(PlanService plans, LineVisibility visibility) {
    this.plans = plans;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    String watch = execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
        PlanDeadlineWatchProcess.KEY, execution.getProcessBusinessKey(),
        Map.of(PlanDeadlineWatchProcess.VAR_PLAN_ID, planId)).getId();
    visibility.grant(watch, plans.issuingUnitCode(planId));
  }
}
