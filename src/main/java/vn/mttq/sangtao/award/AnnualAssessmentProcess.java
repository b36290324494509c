package vn.mttq.sangtao.award;

import vn.mttq.sangtao.shared.process.ProcessVariable;

/** Ids of the {@code annualAssessment} and {@code yearlyAssessments} processes, their elements and variables. */
final class AnnualAssessmentProcess {

  public static final String KEY = "annualAssessment";

  /** The companion process whose yearly timer opens the provinces' assessments. */
  public static final String YEARLY_KEY = "yearlyAssessments";
  public static final String USER_TASK_EDIT = "userTask_editCandidates";
  public static final String USER_TASK_APPROVE = "userTask_approveAssessment";

  public static final String VAR_ASSESSMENT_ID = "assessmentId";
  public static final ProcessVariable<Long> ASSESSMENT_ID = ProcessVariable.id(VAR_ASSESSMENT_ID);
  public static final String VAR_INITIATOR = "initiator";
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.text(VAR_INITIATOR);
  public static final String VAR_UNIT = "unitCode";
  public static final String VAR_FROM_YEAR = "fromYear";
  public static final String VAR_TO_YEAR = "toYear";
  public static final String VAR_AWARD_FORM = "awardForm";
  public static final String VAR_APPROVED = "assessmentApproved";

  private AnnualAssessmentProcess() {
  }
}
