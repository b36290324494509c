package vn.mttq.sangtao.plan;

/** Ids of the {@code planImplementation} process (a REST contract) and of its elements and variables. */
public final class PlanImplementationProcess {

  public static final String KEY = "planImplementation";

  public static final String USER_TASK_ACKNOWLEDGE = "userTask_acknowledgeReceipt";
  public static final String USER_TASK_BUILD = "userTask_buildUnitPlan";
  public static final String CALL_ACTIVITY_ISSUE = "callActivity_issueUnitPlan";

  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_IMPLEMENTATION_ID = "implementationId";
  public static final String VAR_UNIT_CODE = "unitCode";
  public static final String VAR_OWN_PLAN_ID = "ownPlanId";
  public static final String VAR_OWN_PLAN_NEEDS_ISSUANCE = "ownPlanNeedsIssuance";

  /** Reminders before the deadline, in days (defaults of the plan regime). */
  public static final int FIRST_REMINDER_DAYS = 3;
  public static final int LAST_REMINDER_DAYS = 1;
  /** Reminders, escalations and deadlines fall at this hour, business time. */
  public static final int NOTICE_HOUR = 8;

  private PlanImplementationProcess() {
  }
}
