package vn.mttq.sangtao.plan;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the plan's {@code planDeadlineWatch} (same business key as the issuance), in the transaction that ends the
 * issuance: a retried step starts none twice.
 */
@Component("startDeadlineWatchDelegate")
class StartDeadlineWatchDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = (Long) execution.getVariable(PlanIssuanceProcess.VAR_PLAN_ID);
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PlanDeadlineWatchProcess.KEY,
        execution.getProcessBusinessKey(), Map.of(PlanDeadlineWatchProcess.VAR_PLAN_ID, planId));
  }
}
