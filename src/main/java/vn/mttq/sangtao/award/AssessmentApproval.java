package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitView;

/** The leaders approve the chosen list (or return it), and the approved list becomes award decisions. */
@Component
@Transactional
class AssessmentApproval {

  private final AssessmentService service;
  private final AssessmentCandidateRepository candidates;
  private final AwardFromAssessment grants;
  private final Clock clock;

  AssessmentApproval(AssessmentService service, AssessmentCandidateRepository candidates, AwardFromAssessment grants,
      Clock clock) {
    this.service = service;
    this.candidates = candidates;
    this.grants = grants;
    this.clock = clock;
  }

  /** The leaders approve the list with the decision's number and date (today unless given), or return it. */
  boolean approve(Long assessmentId, String decision, String reason, String decisionNumber,
      LocalDate decisionDate, String userId) {
    Assessment assessment = service.find(assessmentId);
    List<String> problems = new ArrayList<>();
    LocalDate today = BusinessTime.today(clock);
    if (assessment.getStatus() != Assessment.Status.APPROVAL) {
      problems.add("Đợt đánh giá đang ở trạng thái «" + assessment.getStatus().label() + "», không duyệt được.");
    }
    boolean approve = "approve".equals(decision);
    if (!approve && !"return".equals(decision)) {
      problems.add("Hãy chọn duyệt danh sách hoặc trả lại cán bộ.");
    } else if (approve && (decisionNumber == null || decisionNumber.isBlank())) {
      problems.add("Hãy ghi số quyết định khen thưởng.");
    } else if (approve && decisionDate != null && decisionDate.isAfter(today)) {
      problems.add("Ngày ký quyết định (" + BusinessTime.format(decisionDate) + ") chưa đến.");
    } else if (!approve && (reason == null || reason.isBlank())) {
      problems.add("Hãy ghi rõ lý do trả lại.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa duyệt được danh sách:", problems);
    }
    if (approve) {
      assessment.approved(decisionNumber.strip(), decisionDate == null ? today : decisionDate, userId,
          clock.instant());
    } else {
      assessment.returned(reason.strip(), clock.instant());
    }
    return approve;
  }

  /**
   * Turns every chosen candidate into an award decided by the committee, citing the assessment; a retried step
   * grants nobody twice.
   */
  void grant(Long assessmentId) {
    Assessment assessment = service.find(assessmentId);
    UnitView committee = service.committee(assessment);
    for (AssessmentCandidate c : candidates.findByAssessmentIdOrderByNomineeKindAscRankNoAsc(assessmentId)) {
      if (c.getSelected() && c.getProposalId() == null) {
        c.awarded(grants.grant(assessment.getId(), committee, c.getNomineeKind(),
            c.getNomineeUnitId(), c.getNomineeName(), assessment.getAwardForm(), assessment.getToYear(),
            "Xếp hạng " + c.getRankNo() + " trong đợt " + AssessmentService.title(assessment.getFromYear(), assessment.getToYear())
                + ": " + c.getEvidence(), c.getId(), assessment.getDecisionNumber(), assessment.getDecisionDate(),
            assessment.getStartedBy(), assessment.getApprovedBy()));
      }
    }
  }
}
