package vn.mttq.sangtao.plan;

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

  public String leaders(Long planId) {
    return UnitGroups.leaders(plans.issuingUnitCode(planId));
  }
}
