package vn.mttq.sangtao.award;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code awardProposal} process, its elements and its variables. */
final class AwardProposalProcess {

  public static final String KEY = "awardProposal";

  public static final String USER_TASK_CHECK = "userTask_checkProposal";
  public static final String USER_TASK_DECIDE = "userTask_decideProposal";
  public static final String USER_TASK_REVISE = "userTask_reviseProposal";

  public static final String VAR_PROPOSAL_ID = "proposalId";
  public static final ProcessVariable<Long> PROPOSAL_ID = ProcessVariable.id(VAR_PROPOSAL_ID);
  public static final String VAR_INITIATOR = "initiator";
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.text(VAR_INITIATOR);
  public static final String VAR_COMPLETE = "proposalComplete";
  public static final String VAR_OUTCOME = "levelOutcome";
  public static final String VAR_RESUBMITTED = "proposalResubmitted";

  private AwardProposalProcess() {
  }
}
