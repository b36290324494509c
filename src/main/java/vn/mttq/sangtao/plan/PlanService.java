package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Plans: drafting, returning and issuing them, and reading them. A unit's own recorded plan and the draft form's
 * values are {@link PlanRecording} and {@link PlanDraftValues}.
 */
@Service
@Transactional
public class PlanService {

  private final PlanRepository plans;
  private final PlanRecipientRepository recipients;
  private final UnitService units;

  private final RecipientRows recipientRows;
  private final Clock clock;

  PlanService(PlanRepository plans, PlanRecipientRepository recipients, UnitService units,
      RecipientRows recipientRows, Clock clock) {
    this.clock = clock;
    this.recipientRows = recipientRows;
    this.plans = plans;
    this.recipients = recipients;
    this.units = units;
  }

  /** The units that may implement a plan of this issuer on the given day: its subordinate committees and member organisations. */
  @Transactional(readOnly = true)
  public List<UnitView> implementers(String issuerCode, LocalDate day) {
    return units.children(issuerCode, day).stream().filter(u -> u.frontCommittee() || u.memberOrganisation())
        .toList();
  }

  /** The default information recipients ("b/c"): the level above, and the bodies that receive for information. */
  @Transactional(readOnly = true)
  public List<UnitView> defaultInformationRecipients(String issuerCode, LocalDate day) {
    List<UnitView> found = new ArrayList<>();
    UnitView issuer = units.get(issuerCode);
    if (issuer.parentCode() != null) {
      found.add(units.get(issuer.parentCode()));
    }
    units.children(issuerCode, day).stream().filter(UnitView::informationOnly).forEach(found::add);
    return found;
  }

  /**
   * Saves a draft as submitted for approval: creates the plan when {@code planId} is null, otherwise revises it.
   * Recipients left null default from the unit tree. Throws {@link PlanValidationException} and saves nothing when
   * the draft breaks a rule.
   */
  public PlanView submitDraft(Long planId, String issuerCode, Long parentPlanId, PlanDraft draft, String userId) {
    LocalDate today = BusinessTime.today(clock);
    UnitView issuer = units.find(issuerCode).filter(UnitView::frontCommittee).orElseThrow(() ->
        new PlanValidationException(List.of("Đơn vị ban hành «" + issuerCode + "» không phải một Ủy ban MTTQ.")));
    Map<String, UnitView> implementers = implementers(issuerCode, today).stream()
        .collect(Collectors.toMap(UnitView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    PlanDraft complete = withDefaultRecipients(draft, issuerCode, implementers, today);
    Map<String, UnitView> known = new LinkedHashMap<>();
    for (String code : concat(complete.implementRecipients(), complete.informationRecipients())) {
      units.find(code).ifPresent(u -> known.put(code, u));
    }
    List<String> problems = new ArrayList<>(PlanRules.check(complete, today, implementers, known, issuerCode));
    Plan plan = planId == null ? null : find(planId);
    if (complete.number() != null) {
      plans.findByIssuingUnitIdAndYearAndNumber(issuer.id(), complete.year(), complete.number())
          .filter(other -> plan == null || !other.getId().equals(plan.getId()))
          .ifPresent(other -> problems.add("Số " + complete.number() + "/" + complete.symbol() + " năm "
              + complete.year() + " đã dùng cho kế hoạch «" + other.getTitle() + "»."));
    }
    if (plan != null && plan.getStatus() == PlanStatus.ISSUED) {
      problems.add("Kế hoạch " + plan.getNumberAndSymbol() + " đã ban hành, không sửa được nữa.");
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    Instant now = clock.instant();
    Plan saved = plan == null ? new Plan(issuer.id(), parentPlanId, complete.year(), now) : plan;
    saved.applyDraft(complete, userId, now);
    saved = plans.save(saved);
    replaceRecipients(saved, issuer, complete, known);
    return view(saved);
  }

  /** Records that the plan's information recipients ("b/c") were sent their notice. */
  public void markInformationRecipientsNotified(Long planId) {
    Instant now = clock.instant();
    recipients.findByPlanIdOrderById(planId).stream()
        .filter(r -> r.getKind() == RecipientKind.INFORMATION && r.getNotifiedAt() == null)
        .forEach(r -> r.markNotified(now));
  }

  /** The leaders return the plan to its drafters with a reason. */
  public PlanView returnForRevision(Long planId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new PlanValidationException(List.of("Hãy ghi lý do trả lại kế hoạch để cán bộ sửa."));
    }
    Plan plan = find(planId);
    if (plan.getStatus() == PlanStatus.ISSUED) {
      throw new PlanValidationException(List.of("Kế hoạch " + plan.getNumberAndSymbol() + " đã ban hành."));
    }
    plan.returnForRevision(reason.trim(), clock.instant());
    return view(plan);
  }

  /**
   * Issues an approved plan: gives it the number set by hand or the next free one of its issuer and year, and the
   * recipients' deadline. Issuing an issued plan again changes nothing (a retried step).
   */
  public PlanView issue(Long planId, String approverId) {
    Plan plan = find(planId);
    if (plan.getStatus() == PlanStatus.ISSUED) {
      return view(plan);
    }
    LocalDate today = BusinessTime.today(clock);
    List<String> problems = new ArrayList<>();
    if (plan.getHalfYearReportDue().isBefore(today) || plan.getAnnualReportDue().isBefore(today)
        || plan.getSummaryReportDue() != null && plan.getSummaryReportDue().isBefore(today)) {
      problems.add("Hạn báo cáo của kế hoạch đã qua trong lúc chờ phê duyệt; hãy trả lại để cán bộ sửa hạn.");
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    int number = plan.getNumber() != null ? plan.getNumber() : plans.maxNumber(plan.getIssuingUnitId(), plan.getYear()) + 1;
    plan.issue(number, today, approverId, clock.instant());
    plans.flush();
    return view(plan);
  }

  /**
   * Issued plans never change again (a draft cannot be saved over an issued plan), so their views are kept: a
   * national cascade reads its plan once per recipient task.
   */
  private final IssuedPlanViews issuedViews = new IssuedPlanViews();

  /**
   * How many plans or programmes for the movement each unit made between two days: those it issued to its own
   * recipients and those it recorded (a unit without recipients); units with none are left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> issuedByEach(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Long> counts = new java.util.HashMap<>();
    if (!unitIds.isEmpty()) {
      plans.countIssuedByUnit(unitIds, from, to).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    }
    return counts;
  }

  /** How many plans a unit issued between two days, inclusive. */
  @Transactional(readOnly = true)
  public long issuedBy(Long unitId, LocalDate from, LocalDate to) {
    return plans.countByIssuingUnitIdAndStatusAndIssuedOnBetween(unitId, PlanStatus.ISSUED, from, to);
  }

  @Transactional(readOnly = true)
  public PlanView get(Long planId) {
    return issuedViews.get(planId, id -> view(find(id)));
  }

  /** The issuing committee's code, read from the plan row alone (a draft's view would load all its recipients). */
  public String issuingUnitCode(Long planId) {
    return units.byId(find(planId).getIssuingUnitId()).code();
  }

  Plan find(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("Không có kế hoạch số hiệu " + planId + "."));
  }

  private PlanDraft withDefaultRecipients(PlanDraft draft, String issuerCode, Map<String, UnitView> implementers,
      LocalDate today) {
    for (List<String> given : java.util.Arrays.asList(draft.implementRecipients(), draft.informationRecipients())) {
      if (given != null && given.stream().anyMatch(java.util.Objects::isNull)) {
        throw new PlanValidationException(List.of("Danh sách đơn vị có một mục trống: hãy ghi mã đơn vị hoặc bỏ mục"
            + " đó."));
      }
    }
    List<String> implement = draft.implementRecipients() != null ? draft.implementRecipients()
        : List.copyOf(implementers.keySet());
    List<String> information = draft.informationRecipients() != null ? draft.informationRecipients()
        : defaultInformationRecipients(issuerCode, today).stream().map(UnitView::code).toList();
    return draft.cleaned(distinct(implement), distinct(information));
  }

  private void replaceRecipients(Plan plan, UnitView issuer, PlanDraft draft, Map<String, UnitView> known) {
    List<RecipientRows.Row> rows = new ArrayList<>();
    for (String code : draft.implementRecipients()) {
      UnitView unit = known.get(code);
      String tasks = unit.memberOrganisation() ? draft.memberOrganisationTasks() : draft.subordinateCommitteeTasks();
      rows.add(new RecipientRows.Row(unit.id(), RecipientKind.IMPLEMENT, tasks));
    }
    for (String code : draft.informationRecipients()) {
      rows.add(new RecipientRows.Row(known.get(code).id(), RecipientKind.INFORMATION, null));
    }
    rows.add(new RecipientRows.Row(issuer.id(), RecipientKind.ARCHIVE, null));
    recipients.flush();
    recipientRows.replace(plan.getId(), rows);
  }

  private PlanView view(Plan plan) {
    UnitView issuer = units.byId(plan.getIssuingUnitId());
    List<PlanRecipient> rows = recipients.findByPlanIdOrderById(plan.getId());
    Map<Long, UnitView> byId = units.byIds(rows.stream().map(PlanRecipient::getUnitId).toList());
    List<PlanView.Recipient> list = rows.stream().map(r -> {
      UnitView unit = byId.get(r.getUnitId());
      return new PlanView.Recipient(unit.code(), unit.name(), r.getKind(), r.getTaskText());
    }).toList();
    return new PlanView(plan.getId(), plan.getNumberAndSymbol(), plan.getStatus(), plan.getYear(), plan.getTitle(),
        issuer.code(), issuer.name(), plan.getParentPlanId(), plan.sections().basis(), plan.getIssuedOn(),
        plan.getHalfYearReportDue(), plan.getAnnualReportDue(), plan.getImplementationDays(),
        plan.getImplementationDue(), plan.getReturnReason(), list,
        java.util.Arrays.stream(plan.getReportReminderDays().split(",")).map(String::strip)
            .filter(d -> !d.isEmpty()).map(Integer::valueOf).toList(),
        plan.getSummaryFromYear(), plan.getSummaryReportDue());
  }

  private static List<String> distinct(List<String> codes) {
    Set<String> set = new LinkedHashSet<>();
    codes.stream().map(String::trim).filter(c -> !c.isEmpty()).forEach(set::add);
    return List.copyOf(set);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
