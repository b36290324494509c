package vn.mttq.sangtao.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Opens an assessment of a committee's subtree over the years and ranks its candidates. Refused for a unit that is
 * not a committee with subordinates, years out of order or in the future, an award the committee may not grant, or
 * an assessment of the same committee and years that already exists.
 */
@Component
@Transactional
class AssessmentOpening {

  private final AssessmentService service;
  private final AssessmentFacts facts;
  private final AssessmentRepository assessments;
  private final AssessmentCandidateRepository candidates;
  private final AwardService awards;
  private final UnitService units;
  private final LineVisibility visibility;
  private final Clock clock;

  AssessmentOpening(AssessmentService service, AssessmentFacts facts, AssessmentRepository assessments,
      AssessmentCandidateRepository candidates, AwardService awards, UnitService units, LineVisibility visibility,
      Clock clock) {
    this.service = service;
    this.facts = facts;
    this.assessments = assessments;
    this.candidates = candidates;
    this.awards = awards;
    this.units = units;
    this.visibility = visibility;
    this.clock = clock;
  }

  /**
   * Opens an assessment of the committee's subtree over the years and ranks its candidates. Refused for a unit that
   * is not a committee with subordinates, years out of order or in the future, an award the committee may not
   * grant, or an assessment of the same committee and years that already exists.
   */
  Long open(String unitCode, Integer fromYear, Integer toYear, String awardForm, String userId) {
    List<String> problems = new ArrayList<>();
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    int thisYear = BusinessTime.today(clock).getYear();
    int to = toYear == null ? thisYear : toYear;
    int from = fromYear == null ? to : fromYear;
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    } else if (!unit.get().frontCommittee() || units.children(unit.get().code(), null).isEmpty()) {
      problems.add("«" + unit.get().name() + "» không phải Ủy ban MTTQ có đơn vị trực thuộc, nên không có gì để"
          + " đánh giá.");
    }
    if (to > thisYear || from < 2000) {
      problems.add("Năm đánh giá phải từ 2000 đến " + thisYear + ".");
    } else if (from > to) {
      problems.add("Năm bắt đầu (" + from + ") phải không sau năm kết thúc (" + to + ").");
    } else if (to - from >= AssessmentService.MAX_YEARS) {
      problems.add("Một đợt đánh giá, tổng kết dài nhiều nhất " + AssessmentService.MAX_YEARS + " năm.");
    }
    String form = awardForm == null || awardForm.isBlank() ? "COMMENDATION" : awardForm.strip();
    Map<String, String> forms = awards.formNames();
    if (!forms.containsKey(form)) {
      problems.add("Hình thức khen thưởng «" + form + "» không có.");
    } else if (unit.isPresent() && !awards.mayGrant(unit.get(), form)) {
      problems.add("«" + unit.get().name() + "» không được tặng «" + forms.get(form) + "».");
    }
    if (problems.isEmpty()) {
      assessments.findByUnitIdAndFromYearAndToYear(unit.get().id(), from, to).ifPresent(existing -> problems.add(
          "Đã có đợt " + AssessmentService.title(from, to) + " của «" + unit.get().name() + "» (số " + existing.getId() + ")."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa mở được đợt đánh giá:", problems);
    }
    Assessment assessment = assessments.saveAndFlush(new Assessment(unit.get().id(), from, to, form,
        userId == null ? "hệ thống" : userId, clock.instant()));
    for (AssessmentRanking.Candidate candidate : facts.rank(unit.get(), from, to)) {
      candidates.save(new AssessmentCandidate(assessment.getId(), candidate));
    }
    return assessment.getId();
  }

  void started(Long assessmentId, String processInstanceId) {
    Assessment assessment = service.find(assessmentId);
    assessment.started(processInstanceId);
    visibility.grant(processInstanceId, assessment.getUnitId());
  }
}
