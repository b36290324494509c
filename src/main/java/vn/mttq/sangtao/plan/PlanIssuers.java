package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.unit.UnitGroups;

/**
 * Who works on a plan's issuance, read from the plan itself (never from a process variable a caller could set): its
 * issuing committee's staff draft and revise, its leaders approve. The {@code planIssuance} model names them.
 */
@Component("planIssuers")
public class PlanIssuers {

  private final PlanService plans;

  PlanIssuers(PlanService plans) {
    this.plans = plans;
  }

  public String staff(Long planId) {
    return UnitGroups.staff(plans.issuingUnitCode(planId));
  }

  /**
   * Whether the instance carries a plan issued outside the system and recorded: it goes straight to its cascade. Read
   * from the plan row; a person's start (its form's fields only) carries no plan.
   */
  public boolean recorded(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    return planId != null && plans.isRecorded(planId);
  }

  /**
   * Whether the plan is still a draft the staff write in the system (begun from the short start form), rather than
   * one sent for approval (from the API, or a draft given whole at the start). Read from the plan row.
   */
  public boolean drafting(Long planId) {
    return plans.isDraft(planId);
  }

  public String leaders(Long planId) {
    return UnitGroups.leaders(plans.issuingUnitCode(planId));
  }
}
