package vn.mttq.sangtao.plan;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code planIssuance} process (a REST contract) and of its elements and variables. */
public final class PlanIssuanceProcess {

  public static final String KEY = "planIssuance";

  public static final String USER_TASK_APPROVE = "userTask_approvePlan";
  public static final String USER_TASK_REVISE = "userTask_reviseDraft";
  public static final String USER_TASK_WRITE = "userTask_writeDraft";
  public static final String END_EVENT_ISSUED = "endEvent_planIssued";

  /** Process variables: ids, flags and the plan number for Cockpit; the plan itself lives in tables. */
  public static final String VAR_PLAN_ID = "planId";
  public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id(VAR_PLAN_ID);
  public static final String VAR_ISSUING_UNIT = "issuingUnitCode";
  public static final String VAR_PLAN_APPROVED = "planApproved";
  public static final String VAR_PLAN_NUMBER = "planNumber";
  public static final String VAR_INITIATOR = "initiator";
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.text(VAR_INITIATOR);
  /** Set by the draft's own listener: the staff sent it to the leaders (true) or saved it to go on later. */
  public static final String VAR_DRAFT_SENT = "draftSent";
  public static final String VAR_APPROVED_BY = "approvedBy";
  public static final ProcessVariable<String> APPROVED_BY = ProcessVariable.text(VAR_APPROVED_BY);

  private PlanIssuanceProcess() {
  }
}
