package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.AuthorKind;
import vn.mttq.sangtao.initiative.InitiativeEvidence;
import vn.mttq.sangtao.initiative.InitiativeFacts;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.report.ReportService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The annual assessment and the phase summary: gathers the facts of a committee's subtree over the years, ranks the
 * candidates ({@link AssessmentRanking}), lets staff choose and leaders approve, and turns the chosen into award
 * decisions. Read by the model as {@code assessments}.
 */
@Service("assessments")
@Transactional
public class AssessmentService {

  static final int MAX_YEARS = 10;

  private final AssessmentRepository assessments;
  private final AssessmentCandidateRepository candidates;
  private final AwardService awards;
  private final AwardFromAssessment grants;
  private final UnitService units;
  private final PlanService plans;
  private final ReportService reports;
  private final InitiativeEvidence initiatives;
  private final LineVisibility visibility;
  private final Clock clock;

  AssessmentService(AssessmentRepository assessments, AssessmentCandidateRepository candidates, AwardService awards,
      AwardFromAssessment grants, UnitService units, PlanService plans, ReportService reports,
      InitiativeEvidence initiatives, LineVisibility visibility, Clock clock) {
    this.grants = grants;
    this.clock = clock;
    this.visibility = visibility;
    this.assessments = assessments;
    this.candidates = candidates;
    this.awards = awards;
    this.units = units;
    this.plans = plans;
    this.reports = reports;
    this.initiatives = initiatives;
  }

  /**
   * Opens an assessment of the committee's subtree over the years and ranks its candidates. Refused for a unit that
   * is not a committee with subordinates, years out of order or in the future, an award the committee may not
   * grant, or an assessment of the same committee and years that already exists.
   */
  public Long open(String unitCode, Integer fromYear, Integer toYear, String awardForm, String userId) {
    List<String> problems = new ArrayList<>();
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    int thisYear = BusinessTime.today().getYear();
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
    } else if (to - from >= MAX_YEARS) {
      problems.add("Một đợt đánh giá, tổng kết dài nhiều nhất " + MAX_YEARS + " năm.");
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
          "Đã có đợt " + title(from, to) + " của «" + unit.get().name() + "» (số " + existing.getId() + ")."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa mở được đợt đánh giá:", problems);
    }
    Assessment assessment = assessments.saveAndFlush(new Assessment(unit.get().id(), from, to, form,
        userId == null ? "hệ thống" : userId, clock.instant()));
    for (AssessmentRanking.Candidate candidate : rank(unit.get(), from, to)) {
      candidates.save(new AssessmentCandidate(assessment.getId(), candidate));
    }
    return assessment.getId();
  }

  void started(Long assessmentId, String processInstanceId) {
    Assessment assessment = find(assessmentId);
    assessment.started(processInstanceId);
    visibility.grant(processInstanceId, assessment.getUnitId());
  }

  /** "đánh giá năm 2026" or "tổng kết giai đoạn 2018 – 2024". */
  static String title(int from, int to) {
    return from == to ? "đánh giá năm " + to : "tổng kết giai đoạn " + from + " – " + to;
  }

  /** The facts of every collective and person below the committee over the years, ranked. */
  List<AssessmentRanking.Candidate> rank(UnitView committee, int from, int to) {
    LocalDate first = LocalDate.of(from, 1, 1);
    LocalDate last = LocalDate.of(to, 12, 31);
    Set<Long> below = units.subtreeIds(committee.code());
    below.remove(committee.id());
    Map<Long, UnitView> byId = units.byIds(below);
    List<UnitView> collectives = byId.values().stream()
        .filter(u -> u.frontCommittee() || u.memberOrganisation())
        .filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(last))
            && (u.validTo() == null || !u.validTo().isBefore(first)))
        .toList();
    Map<Long, Long> planCounts = plans.issuedByEach(below, first, last);
    Map<Long, Long> participants = reports.participants(below, from, to);
    List<InitiativeFacts> recognised = initiatives.recognisedIn(below, BusinessTime.at(first, 0, 0).toInstant(),
        BusinessTime.at(last.plusDays(1), 0, 0).toInstant());
    List<InitiativeEvidence.Application> applications = initiatives.applicationsInvolving(below, first, last);

    List<AssessmentRanking.CollectiveFacts> collectiveFacts = new ArrayList<>();
    for (UnitView unit : collectives) {
      Set<Long> subtree = units.subtreeIds(unit.code());
      long applied = applications.stream()
          .filter(a -> subtree.contains(a.unitId()) || subtree.contains(a.authorUnitId())).count();
      long recognisedHere = recognised.stream().filter(i -> subtree.contains(i.authorUnitId())).count();
      collectiveFacts.add(new AssessmentRanking.CollectiveFacts(unit.id(), unit.name(),
          planCounts.getOrDefault(unit.id(), 0L), participants.getOrDefault(unit.id(), 0L), recognisedHere, applied));
    }

    Map<Long, Long> applicationsPerInitiative = applications.stream()
        .collect(Collectors.groupingBy(InitiativeEvidence.Application::initiativeId, Collectors.counting()));
    Map<String, List<InitiativeFacts>> byPerson = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (InitiativeFacts initiative : recognised) {
      if (initiative.authorKind() != AuthorKind.INDIVIDUAL || initiative.authorNames().isEmpty()) {
        continue;
      }
      String name = initiative.authorNames().get(0);
      String key = initiative.authorUnitId() + ":" + Folding.fold(name);
      byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(initiative);
      names.putIfAbsent(key, name);
    }
    List<AssessmentRanking.IndividualFacts> individualFacts = new ArrayList<>();
    byPerson.forEach((key, theirs) -> {
      List<InitiativeFacts> applied = theirs.stream()
          .filter(i -> applicationsPerInitiative.getOrDefault(i.id(), 0L) > 0).toList();
      long count = applied.stream().mapToLong(i -> applicationsPerInitiative.get(i.id())).sum();
      boolean promising = theirs.stream().anyMatch(i -> Boolean.TRUE.equals(i.promising()));
      Long unitId = theirs.get(0).authorUnitId();
      individualFacts.add(new AssessmentRanking.IndividualFacts(unitId, byId.get(unitId).name(), names.get(key),
          applied.size(), count, promising, applied.stream().map(InitiativeFacts::label).toList()));
    });
    return AssessmentRanking.rank(collectiveFacts, individualFacts);
  }

  // ---- the tasks ----

  @Transactional(readOnly = true)
  public String staff(Long assessmentId) {
    return UnitGroups.staff(committee(find(assessmentId)).code());
  }

  @Transactional(readOnly = true)
  public String leaders(Long assessmentId) {
    return UnitGroups.leaders(committee(find(assessmentId)).code());
  }

  /** A candidate's short code in the list: T1, T2 … for collectives (tập thể), C1, C2 … for individuals (cá nhân). */
  static String code(AssessmentCandidate c) {
    return (c.getNomineeKind() == NomineeKind.COLLECTIVE ? "T" : "C") + c.getRankNo();
  }

  private static String label(AssessmentCandidate c, UnitView unit) {
    String who = c.getNomineeKind() == NomineeKind.INDIVIDUAL ? c.getNomineeName() + " (" + unit.name() + ")"
        : unit.name();
    return code(c) + ". " + who;
  }

  /**
   * Staff keep the ranked list but for the candidates they leave out, by code ("T3, C2"); a candidate kept who
   * already has a standing proposal for the same award and year is refused.
   */
  public void edit(Long assessmentId, String excluded, String note, String userId) {
    Assessment assessment = find(assessmentId);
    List<String> problems = new ArrayList<>();
    if (assessment.getStatus() != Assessment.Status.EDITING) {
      problems.add("Đợt đánh giá đang ở trạng thái «" + assessment.getStatus().label() + "», không sửa được.");
    }
    List<AssessmentCandidate> all = candidates.findByAssessmentIdOrderByNomineeKindAscRankNoAsc(assessmentId);
    Set<String> known = all.stream().map(AssessmentService::code).collect(Collectors.toSet());
    Set<String> left = new java.util.HashSet<>();
    if (excluded != null) {
      for (String part : excluded.toUpperCase(java.util.Locale.ROOT).split("[,;\\s]+")) {
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
      if (!left.contains(code(c)) && awards.hasStanding(c.getNomineeKind(), c.getNomineeUnitId(), c.getNomineeName(),
          assessment.getAwardForm(), assessment.getToYear())) {
        problems.add(label(c, byId.get(c.getNomineeUnitId())) + " đã có đề nghị khen thưởng cùng hình thức năm "
            + assessment.getToYear() + "; hãy bỏ chọn (ghi " + code(c) + ").");
      }
    }
    if (note != null && note.length() > 4000) {
      problems.add("Ghi chú dài quá 4.000 ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa lưu được danh sách:", problems);
    }
    all.forEach(c -> c.select(!left.contains(code(c))));
    assessment.edited(note == null || note.isBlank() ? null : note.strip(), clock.instant());
  }

  /** The leaders approve the list with the decision's number and date (today unless given), or return it. */
  public boolean approve(Long assessmentId, String decision, String reason, String decisionNumber,
      LocalDate decisionDate, String userId) {
    Assessment assessment = find(assessmentId);
    List<String> problems = new ArrayList<>();
    if (assessment.getStatus() != Assessment.Status.APPROVAL) {
      problems.add("Đợt đánh giá đang ở trạng thái «" + assessment.getStatus().label() + "», không duyệt được.");
    }
    boolean approve = "approve".equals(decision);
    if (!approve && !"return".equals(decision)) {
      problems.add("Hãy chọn duyệt danh sách hoặc trả lại cán bộ.");
    } else if (approve && (decisionNumber == null || decisionNumber.isBlank())) {
      problems.add("Hãy ghi số quyết định khen thưởng.");
    } else if (approve && decisionDate != null && decisionDate.isAfter(BusinessTime.today())) {
      problems.add("Ngày ký quyết định (" + BusinessTime.format(decisionDate) + ") chưa đến.");
    } else if (!approve && (reason == null || reason.isBlank())) {
      problems.add("Hãy ghi rõ lý do trả lại.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa duyệt được danh sách:", problems);
    }
    if (approve) {
      assessment.approved(decisionNumber.strip(), decisionDate == null ? BusinessTime.today() : decisionDate, userId,
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
  public void grant(Long assessmentId) {
    Assessment assessment = find(assessmentId);
    UnitView committee = committee(assessment);
    for (AssessmentCandidate c : candidates.findByAssessmentIdOrderByNomineeKindAscRankNoAsc(assessmentId)) {
      if (c.getSelected() && c.getProposalId() == null) {
        c.awarded(grants.grant(assessment.getId(), committee, c.getNomineeKind(),
            c.getNomineeUnitId(), c.getNomineeName(), assessment.getAwardForm(), assessment.getToYear(),
            "Xếp hạng " + c.getRankNo() + " trong đợt " + title(assessment.getFromYear(), assessment.getToYear())
                + ": " + c.getEvidence(), c.getId(), assessment.getDecisionNumber(), assessment.getDecisionDate(),
            assessment.getStartedBy(), assessment.getApprovedBy()));
      }
    }
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

  private UnitView committee(Assessment assessment) {
    return units.findById(assessment.getUnitId()).orElseThrow();
  }

  Assessment find(Long assessmentId) {
    return assessments.findById(assessmentId)
        .orElseThrow(() -> new NotFoundException("Không có đợt đánh giá số " + assessmentId + "."));
  }
}
