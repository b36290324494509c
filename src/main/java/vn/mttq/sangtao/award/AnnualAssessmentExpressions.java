package vn.mttq.sangtao.award;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.unit.UnitGroups;

/** What {@code annualAssessment.bpmn} asks in its expressions: the committee's staff and leaders. */
@Component("annualAssessment")
@Transactional(readOnly = true)
public class AnnualAssessmentExpressions {

  private final AssessmentService assessments;

  AnnualAssessmentExpressions(AssessmentService assessments) {
    this.assessments = assessments;
  }

  public String staff(Long assessmentId) {
    return UnitGroups.staff(assessments.committee(assessments.find(assessmentId)).code());
  }

  public String leaders(Long assessmentId) {
    return UnitGroups.leaders(assessments.committee(assessments.find(assessmentId)).code());
  }
}
