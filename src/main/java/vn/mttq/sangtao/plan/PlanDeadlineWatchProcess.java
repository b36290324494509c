package vn.mttq.sangtao.plan;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code planDeadlineWatch} process, one per issued plan, and of its elements and variables. */
final class PlanDeadlineWatchProcess {

  public static final String KEY = "planDeadlineWatch";

  public static final String SERVICE_TASK_LAST_REMINDER = "serviceTask_remindOneDayBefore";

  public static final String VAR_PLAN_ID = "planId";
  public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id(VAR_PLAN_ID);
  public static final String VAR_UNITS_PENDING = "unitsPending";

  /** Reminders before the deadline, in days (defaults of the plan regime). */
  public static final int FIRST_REMINDER_DAYS = 3;
  public static final int LAST_REMINDER_DAYS = 1;
  /** Reminders and escalations fall at this hour, business time. */
  public static final int NOTICE_HOUR = 8;

  private PlanDeadlineWatchProcess() {
  }
}
