package vn.mttq.sangtao.plan;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code planImplementation} process (a REST contract) and of its elements and variables. */
final class PlanImplementationProcess {

  public static final String KEY = "planImplementation";

  public static final String USER_TASK_ACKNOWLEDGE = "userTask_acknowledgeReceipt";
  public static final String USER_TASK_BUILD = "userTask_buildUnitPlan";
  public static final String CALL_ACTIVITY_ISSUE = "callActivity_issueUnitPlan";

  public static final String VAR_IMPLEMENTATION_ID = "implementationId";
  public static final ProcessVariable<Long> IMPLEMENTATION_ID = ProcessVariable.id(VAR_IMPLEMENTATION_ID);
  /** The plan being implemented, for the forms' links to its document; the model's beans read the implementation. */
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_OWN_PLAN_ID = "ownPlanId";
  public static final String VAR_OWN_PLAN_NEEDS_ISSUANCE = "ownPlanNeedsIssuance";

  private PlanImplementationProcess() {
  }
}
