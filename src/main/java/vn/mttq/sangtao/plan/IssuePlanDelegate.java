package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the approved plan (number and symbol, recipients' deadline) and makes the instance findable in Cockpit by
 * the plan number: business key and variable. Idempotent: a retry issues nothing twice.
 */
@Component("issuePlanDelegate")
class IssuePlanDelegate implements JavaDelegate {

  private final PlanService planService;

  IssuePlanDelegate(PlanService planService) {
    this.planService = planService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    PlanView plan = planService.issue(planId, PlanIssuanceProcess.APPROVED_BY.from(execution));
    String key = plan.businessKey();
    execution.setProcessBusinessKey(key);
    execution.setVariable(PlanIssuanceProcess.VAR_PLAN_NUMBER, plan.numberAndSymbol());
  }
}
