package vn.mttq.sangtao.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The annual assessment and the phase summary as others read them. Its steps are their own classes: opening
 * ({@link AssessmentOpening}, with {@link AssessmentFacts}), the staff's choice ({@link AssessmentEditing}) and the
 * leaders' approval and the awards it grants ({@link AssessmentApproval}).
 */
@Service
@Transactional
class AssessmentService {

  static final int MAX_YEARS = 10;

  private final AssessmentRepository assessments;
  private final AssessmentCandidateRepository candidates;
  private final UnitService units;

  AssessmentService(AssessmentRepository assessments, AssessmentCandidateRepository candidates, UnitService units) {
    this.assessments = assessments;
    this.candidates = candidates;
    this.units = units;
  }

  /** "đánh giá năm 2026" or "tổng kết giai đoạn 2018 – 2024". */
  static String title(int from, int to) {
    return from == to ? "đánh giá năm " + to : "tổng kết giai đoạn " + from + " – " + to;
  }

  /** A candidate's short code in the list: T1, T2 … for collectives (tập thể), C1, C2 … for individuals (cá nhân). */
  static String code(AssessmentCandidate c) {
    return (c.getNomineeKind() == NomineeKind.COLLECTIVE ? "T" : "C") + c.getRankNo();
  }

  /** An assessment as the form and the API show it. */
  public record AssessmentView(Long id, String unitCode, String unitName, int fromYear, int toYear, String title,
      String awardForm, Assessment.Status status, String statusLabel, String note, String returnReason,
      String decisionNumber, LocalDate decisionDate, List<CandidateView> candidates) {
  }

  public record CandidateView(Long id, int rank, NomineeKind kind, String unitCode, String unitName, String name,
      String evidence, boolean selected, Long proposalId) {
  }

  @Transactional(readOnly = true)
  public AssessmentView get(Long assessmentId) {
    Assessment a = find(assessmentId);
    UnitView committee = committee(a);
    List<AssessmentCandidate> list = candidates.findByAssessmentIdOrderByNomineeKindAscRankNoAsc(assessmentId);
    Map<Long, UnitView> byId = units.byIds(list.stream().map(AssessmentCandidate::getNomineeUnitId).toList());
    return new AssessmentView(a.getId(), committee.code(), committee.name(), a.getFromYear(), a.getToYear(),
        title(a.getFromYear(), a.getToYear()), a.getAwardForm(), a.getStatus(), a.getStatus().label(), a.getNote(),
        a.getReturnReason(), a.getDecisionNumber(), a.getDecisionDate(), list.stream().map(c -> new CandidateView(
            c.getId(), c.getRankNo(), c.getNomineeKind(), byId.get(c.getNomineeUnitId()).code(),
            byId.get(c.getNomineeUnitId()).name(), c.getNomineeName(), c.getEvidence(), c.getSelected(),
            c.getProposalId())).toList());
  }

  /** The list as plain text for the forms' read-only field. */
  @Transactional(readOnly = true)
  public String summary(Long assessmentId) {
    AssessmentView a = get(assessmentId);
    StringBuilder text = new StringBuilder();
    text.append(a.title().substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(a.title().substring(1))
        .append(" — ").append(a.unitName()).append('\n');
    if (a.candidates().isEmpty()) {
      text.append("Không có tập thể, cá nhân nào đạt tiêu chí.\n");
    }
    for (CandidateView c : a.candidates()) {
      text.append(c.selected() ? "[x] " : "[ ] ").append(c.kind() == NomineeKind.COLLECTIVE ? "T" : "C")
          .append(c.rank()).append(". ")
          .append(c.kind() == NomineeKind.INDIVIDUAL ? c.name() + " (" + c.unitName() + ")" : c.unitName())
          .append(" — ").append(c.evidence()).append('\n');
    }
    if (a.note() != null) {
      text.append("Ghi chú: ").append(a.note()).append('\n');
    }
    return text.toString().strip();
  }

  UnitView committee(Assessment assessment) {
    return units.byId(assessment.getUnitId());
  }

  Assessment find(Long assessmentId) {
    return assessments.findById(assessmentId)
        .orElseThrow(() -> new NotFoundException("Không có đợt đánh giá số " + assessmentId + "."));
  }
}
