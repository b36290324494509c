package vn.mttq.sangtao.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** Staff choose from the ranked list whom to commend. */
@Component
@Transactional
class AssessmentEditing {

  /** The column's size (V9__assessments.sql). */
  static final int NOTE_MAX = 4000;

  private final AssessmentService service;
  private final AssessmentCandidateRepository candidates;
  private final AwardService awards;
  private final UnitService units;
  private final Clock clock;

  AssessmentEditing(AssessmentService service, AssessmentCandidateRepository candidates, AwardService awards,
      UnitService units, Clock clock) {
    this.service = service;
    this.candidates = candidates;
    this.awards = awards;
    this.units = units;
    this.clock = clock;
  }

  /**
   * Staff keep the ranked list but for the candidates they leave out, by code ("T3, C2"); a candidate kept who
   * already has a standing proposal for the same award and year is refused.
   */
  void edit(Long assessmentId, String excluded, String note, String userId) {
    Assessment assessment = service.find(assessmentId);
    List<String> problems = new ArrayList<>();
    if (assessment.getStatus() != Assessment.Status.EDITING) {
      problems.add("Đợt đánh giá đang ở trạng thái «" + assessment.getStatus().label() + "», không sửa được.");
    }
    List<AssessmentCandidate> all = candidates.findByAssessmentIdOrderByNomineeKindAscRankNoAsc(assessmentId);
    Set<String> known = all.stream().map(AssessmentService::code).collect(Collectors.toSet());
    Set<String> left = new HashSet<>();
    if (excluded != null) {
      for (String part : excluded.toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        if (known.contains(part)) {
          left.add(part);
        } else {
          problems.add("Không có ứng viên mã «" + part + "» trong danh sách.");
        }
      }
    }
    Map<Long, UnitView> byId = units.byIds(all.stream().map(AssessmentCandidate::getNomineeUnitId).toList());
    for (AssessmentCandidate c : all) {
      if (!left.contains(AssessmentService.code(c)) && awards.hasStanding(c.getNomineeKind(), c.getNomineeUnitId(), c.getNomineeName(),
          assessment.getAwardForm(), assessment.getToYear())) {
        problems.add(label(c, byId.get(c.getNomineeUnitId())) + " đã có đề nghị khen thưởng cùng hình thức năm "
            + assessment.getToYear() + "; hãy bỏ chọn (ghi " + AssessmentService.code(c) + ").");
      }
    }
    if (note != null && note.length() > NOTE_MAX) {
      problems.add("Ghi chú dài quá " + WholeNumbers.format(NOTE_MAX) + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa lưu được danh sách:", problems);
    }
    all.forEach(c -> c.select(!left.contains(AssessmentService.code(c))));
    assessment.edited(note == null || note.isBlank() ? null : note.strip(), clock.instant());
  }

  private static String label(AssessmentCandidate c, UnitView unit) {
    String who = c.getNomineeKind() == NomineeKind.INDIVIDUAL ? c.getNomineeName() + " (" + unit.name() + ")"
        : unit.name();
    return AssessmentService.code(c) + ". " + who;
  }
}
