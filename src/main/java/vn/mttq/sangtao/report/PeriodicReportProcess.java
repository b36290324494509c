package vn.mttq.sangtao.report;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code periodicReport} and {@code planReporting} processes and of their elements and variables. */
public final class PeriodicReportProcess {

  public static final String KEY = "periodicReport";
  public static final String SCHEDULE_KEY = "planReporting";

  public static final String USER_TASK_SUBMIT = "userTask_submitReport";
  public static final String USER_TASK_REVIEW = "userTask_reviewReport";

  public static final String VAR_REPORT_ID = "reportId";
  public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id(VAR_REPORT_ID);
  public static final String VAR_PLAN_ID = "planId";
  public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id(VAR_PLAN_ID);
  public static final String VAR_ACCEPTED = "reportAccepted";
  public static final String VAR_PERIOD_OPENED = "periodOpened";

  private PeriodicReportProcess() {
  }
}
