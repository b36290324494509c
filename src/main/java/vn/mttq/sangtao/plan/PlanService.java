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

/** Drafting, approving, returning and issuing plans. */
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
    LocalDate today = BusinessTime.today();
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

  /**
   * Records the own plan of a unit that has no recipients of its own (a member organisation, a residential area):
   * it is kept, numbered and dated like an issued plan, with the unit's archive as its only recipient.
   */
  public PlanView recordPlan(String unitCode, Long parentPlanId, PlanDraft draft, String userId) {
    LocalDate today = BusinessTime.today();
    UnitView unit = units.get(unitCode);
    PlanDraft clean = cleaned(draft, List.of(), List.of());
    List<String> problems = new ArrayList<>(PlanRules.checkContent(clean, today));
    if (clean.number() != null) {
      plans.findByIssuingUnitIdAndYearAndNumber(unit.id(), clean.year(), clean.number())
          .ifPresent(other -> problems.add("Số " + clean.number() + "/" + clean.symbol() + " năm " + clean.year()
              + " đã dùng cho kế hoạch «" + other.getTitle() + "»."));
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    Instant now = clock.instant();
    Plan plan = new Plan(unit.id(), parentPlanId, clean.year(), now);
    plan.applyDraft(clean, userId, now);
    plan = plans.save(plan);
    recipients.save(new PlanRecipient(plan.getId(), unit.id(), RecipientKind.ARCHIVE, null));
    int number = clean.number() != null ? clean.number() : plans.maxNumber(unit.id(), clean.year()) + 1;
    plan.issue(number, today, userId, now);
    plans.flush();
    return view(plan);
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
    LocalDate today = BusinessTime.today();
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

  /** A saved plan under the draft form's field keys, to prefill a revision. */
  @Transactional(readOnly = true)
  public Map<String, Object> draftFormValues(Long planId) {
    Plan plan = find(planId);
    List<PlanRecipient> list = recipients.findByPlanIdOrderById(planId);
    Map<Long, UnitView> byId = units.byIds(list.stream().map(PlanRecipient::getUnitId).toList());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PlanDraftForm.TITLE, plan.getTitle());
    values.put(PlanDraftForm.YEAR, (long) plan.getYear());
    values.put(PlanDraftForm.SYMBOL, plan.getSymbol());
    values.put(PlanDraftForm.NUMBER, plan.getNumber() == null ? null : (long) plan.getNumber());
    values.put(PlanDraftForm.BASIS, plan.getBasis());
    values.put(PlanDraftForm.PURPOSES, plan.getPurposes());
    values.put(PlanDraftForm.PROPAGANDA_CONTENT, plan.getPropagandaContent());
    values.put(PlanDraftForm.PROPAGANDA_AUDIENCE, plan.getPropagandaAudience());
    values.put(PlanDraftForm.PROPAGANDA_FORMS, plan.getPropagandaForms());
    values.put(PlanDraftForm.MODELS_CONTENT, plan.getModelsContent());
    values.put(PlanDraftForm.SUPPORT_CONTENT, plan.getSupportContent());
    values.put(PlanDraftForm.SUMMARY_CONTENT, plan.getSummaryContent());
    values.put(PlanDraftForm.HALF_YEAR_DUE, plan.getHalfYearReportDue().toString());
    values.put(PlanDraftForm.ANNUAL_DUE, plan.getAnnualReportDue().toString());
    values.put(PlanDraftForm.SUMMARY_FROM_YEAR,
        plan.getSummaryFromYear() == null ? null : (long) plan.getSummaryFromYear());
    values.put(PlanDraftForm.SUMMARY_DUE,
        plan.getSummaryReportDue() == null ? null : plan.getSummaryReportDue().toString());
    values.put(PlanDraftForm.REMINDER_DAYS, plan.getReportReminderDays().replace(",", ", "));
    values.put(PlanDraftForm.IMPLEMENTATION_DAYS, (long) plan.getImplementationDays());
    values.put(PlanDraftForm.IMPLEMENT_RECIPIENTS, codesOf(list, byId, RecipientKind.IMPLEMENT));
    values.put(PlanDraftForm.INFORMATION_RECIPIENTS, codesOf(list, byId, RecipientKind.INFORMATION));
    values.put(PlanDraftForm.MEMBER_ORGANISATION_TASKS, taskTextOf(list, byId, true));
    values.put(PlanDraftForm.SUBORDINATE_COMMITTEE_TASKS, taskTextOf(list, byId, false));
    return values;
  }

  private static String codesOf(List<PlanRecipient> list, Map<Long, UnitView> units, RecipientKind kind) {
    return list.stream().filter(r -> r.getKind() == kind)
        .map(r -> units.get(r.getUnitId()).code()).collect(Collectors.joining(", "));
  }

  private static String taskTextOf(List<PlanRecipient> list, Map<Long, UnitView> units, boolean memberOrganisation) {
    return list.stream().filter(r -> r.getKind() == RecipientKind.IMPLEMENT)
        .filter(r -> units.get(r.getUnitId()).memberOrganisation() == memberOrganisation)
        .map(PlanRecipient::getTaskText).filter(java.util.Objects::nonNull).findFirst().orElse(null);
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
    return units.findById(find(planId).getIssuingUnitId()).orElseThrow().code();
  }

  private Plan find(Long planId) {
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
    return cleaned(draft, distinct(implement), distinct(information));
  }

  /** The draft with its texts trimmed (blank = absent) and the given recipients. */
  private static PlanDraft cleaned(PlanDraft draft, List<String> implement, List<String> information) {
    return new PlanDraft(trim(draft.title()), draft.year(), trim(draft.symbol()), draft.number(), trim(draft.basis()),
        trim(draft.purposes()), trim(draft.propagandaContent()), trim(draft.propagandaAudience()),
        trim(draft.propagandaForms()), trim(draft.modelsContent()), trim(draft.supportContent()),
        trim(draft.summaryContent()), draft.halfYearReportDue(), draft.annualReportDue(), draft.implementationDays(),
        implement, information, trim(draft.memberOrganisationTasks()), trim(draft.subordinateCommitteeTasks()),
        draft.summaryFromYear(), draft.summaryReportDue(), draft.reportReminderDays() == null ? null
            : draft.reportReminderDays().stream().distinct()
                .sorted(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).toList());
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
    UnitView issuer = units.findById(plan.getIssuingUnitId()).orElseThrow();
    List<PlanRecipient> rows = recipients.findByPlanIdOrderById(plan.getId());
    Map<Long, UnitView> byId = units.byIds(rows.stream().map(PlanRecipient::getUnitId).toList());
    List<PlanView.Recipient> list = rows.stream().map(r -> {
      UnitView unit = byId.get(r.getUnitId());
      return new PlanView.Recipient(unit.code(), unit.name(), r.getKind(), r.getTaskText());
    }).toList();
    return new PlanView(plan.getId(), plan.getNumberAndSymbol(), plan.getStatus(), plan.getYear(), plan.getTitle(),
        issuer.code(), issuer.name(), plan.getParentPlanId(), plan.getBasis(), plan.getIssuedOn(),
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

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
