package vn.mttq.sangtao.initiative;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code initiativeReview} process (a REST contract) and of its elements and variables. */
final class InitiativeReviewProcess {

  public static final String KEY = "initiativeReview";

  public static final String USER_TASK_PRE_CHECK = "userTask_preCheck";
  public static final String USER_TASK_SUPPLEMENT = "userTask_supplement";
  public static final String USER_TASK_NAME_COUNCIL = "userTask_nameCouncil";
  public static final String USER_TASK_VOTE = "userTask_vote";
  public static final String USER_TASK_PROPOSE = "userTask_proposeToStCouncil";
  public static final String USER_TASK_ST_OPINION = "userTask_recordStOpinion";
  public static final String MESSAGE_CLOSE_VOTING = "closeVoting";

  public static final String VAR_INITIATIVE_ID = "initiativeId";
  public static final ProcessVariable<Long> INITIATIVE_ID = ProcessVariable.id(VAR_INITIATIVE_ID);
  public static final String VAR_PRE_CHECK_OUTCOME = "preCheckOutcome";
  public static final String VAR_RECOGNISED = "recognised";
  public static final String VAR_PROPOSE = "proposeToStCouncil";

  private InitiativeReviewProcess() {
  }
}
