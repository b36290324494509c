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
  private final Signers signers;
  private final Clock clock;

  PlanService(PlanRepository plans, PlanRecipientRepository recipients, UnitService units,
      RecipientRows recipientRows, Signers signers, Clock clock) {
    this.signers = signers;
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

  /** The default recipients reported to ("b/c"): the committee above. */
  @Transactional(readOnly = true)
  public List<UnitView> defaultReportToRecipients(String issuerCode) {
    UnitView issuer = units.get(issuerCode);
    return issuer.parentCode() == null ? List.of() : List.of(units.get(issuer.parentCode()));
  }

  /** The default information recipients: the bodies below the issuer that receive plans for information. */
  @Transactional(readOnly = true)
  public List<UnitView> defaultInformationRecipients(String issuerCode, LocalDate day) {
    return units.children(issuerCode, day).stream().filter(UnitView::informationOnly).toList();
  }

  /**
   * Saves a draft as submitted for approval: creates the plan when {@code planId} is null, otherwise revises it.
   * Recipients left null default from the unit tree. Throws {@link PlanValidationException} and saves nothing when
   * the draft breaks a rule.
   */
  public PlanView submitDraft(Long planId, String issuerCode, Long parentPlanId, PlanDraft draft, String userId) {
    LocalDate today = BusinessTime.today(clock);
    UnitView issuer = frontCommittee(issuerCode);
    if (issuer.validityProblem(today) != null) {
      throw new PlanValidationException(List.of(issuer.validityProblem(today)
          + " Không ban hành kế hoạch mới cho đơn vị này được nữa."));
    }
    Plan plan = planId == null ? null : find(planId);
    return view(save(plan, issuer, parentPlanId, draft, userId, byCode(implementers(issuerCode, today)),
        PlanRules.Dating.today(today), true));
  }

  UnitView frontCommittee(String issuerCode) {
    return units.find(issuerCode).filter(UnitView::frontCommittee).orElseThrow(() ->
        new PlanValidationException(List.of("Đơn vị ban hành «" + issuerCode + "» không phải một Ủy ban MTTQ.")));
  }

  static Map<String, UnitView> byCode(List<UnitView> list) {
    return list.stream().collect(Collectors.toMap(UnitView::code, Function.identity(), (a, b) -> a,
        LinkedHashMap::new));
  }

  /**
   * Checks a draft and saves it as submitted, with its recipients: those it names, or where it names none and
   * {@code treeDefaults}, the tree's (every implementer, the committee above, the bodies for information). Throws
   * {@link PlanValidationException} and saves nothing when it breaks a rule.
   */
  Plan save(Plan plan, UnitView issuer, Long parentPlanId, PlanDraft draft, String userId,
      Map<String, UnitView> implementers, PlanRules.Dating dating, boolean treeDefaults) {
    PlanDraft defaulted = treeDefaults ? withDefaultRecipients(draft, issuer.code(), implementers, dating.unitsOn())
        : draft.cleaned(distinct(draft.implementRecipients() == null ? List.copyOf(implementers.keySet())
            : draft.implementRecipients()), distinct(orEmpty(draft.reportToRecipients())),
            distinct(orEmpty(draft.informationRecipients())));
    List<String> ownProblems = new ArrayList<>();
    PlanDraft complete = defaulted.withRecipientTasks(RecipientTasks.byCode(defaulted.recipientTasks(),
        defaulted.implementRecipients().stream().map(implementers::get).filter(java.util.Objects::nonNull).toList(),
        ownProblems));
    Map<String, UnitView> known = new LinkedHashMap<>();
    for (String code : concat(complete.implementRecipients(), complete.reportToRecipients(),
        complete.informationRecipients())) {
      units.find(code).ifPresent(u -> known.put(code, u));
    }
    List<String> problems = new ArrayList<>(PlanRules.check(complete, dating, implementers, known, issuer.code()));
    problems.addAll(ownProblems);
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
    return saved;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  /** Records that the plan's recipients reported to ("b/c") and for information were sent their notice. */
  public void markInformationRecipientsNotified(Long planId) {
    Instant now = clock.instant();
    recipients.findByPlanIdOrderById(planId).stream()
        .filter(r -> r.getUnitId() != null && r.getNotifiedAt() == null)
        .filter(r -> r.getKind() == RecipientKind.INFORMATION || r.getKind() == RecipientKind.REPORT_TO)
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
    plan.issue(number, today, approverId, signers.nameOf(approverId), clock.instant());
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
    return plans.countByIssuingUnitIdAndStatusAndIssuerKeyAndIssuedOnBetween(unitId, PlanStatus.ISSUED, "", from, to);
  }

  @Transactional(readOnly = true)
  public PlanView get(Long planId) {
    return issuedViews.get(planId, id -> view(find(id)));
  }

  /** The issuing committee's code, read from the plan row alone (a draft's view would load all its recipients). */
  public String issuingUnitCode(Long planId) {
    return units.byId(find(planId).getIssuingUnitId()).code();
  }

  /** Whether the plan was issued outside the system and recorded here. */
  @Transactional(readOnly = true)
  public boolean isRecorded(Long planId) {
    return find(planId).isRecorded();
  }

  Plan find(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("Không có kế hoạch số hiệu " + planId + "."));
  }

  private PlanDraft withDefaultRecipients(PlanDraft draft, String issuerCode, Map<String, UnitView> implementers,
      LocalDate today) {
    for (List<String> given : java.util.Arrays.asList(draft.implementRecipients(), draft.reportToRecipients(),
        draft.informationRecipients())) {
      if (given != null && given.stream().anyMatch(java.util.Objects::isNull)) {
        throw new PlanValidationException(List.of("Danh sách đơn vị có một mục trống: hãy ghi mã đơn vị hoặc bỏ mục"
            + " đó."));
      }
    }
    List<String> implement = draft.implementRecipients() != null ? draft.implementRecipients()
        : List.copyOf(implementers.keySet());
    List<String> reportTo = draft.reportToRecipients() != null ? draft.reportToRecipients()
        : defaultReportToRecipients(issuerCode).stream().map(UnitView::code)
            .filter(code -> draft.informationRecipients() == null || !draft.informationRecipients().contains(code))
            .toList();
    List<String> information = draft.informationRecipients() != null ? draft.informationRecipients()
        : defaultInformationRecipients(issuerCode, today).stream().map(UnitView::code).toList();
    return draft.cleaned(distinct(implement), distinct(reportTo), distinct(information));
  }

  private void replaceRecipients(Plan plan, UnitView issuer, PlanDraft draft, Map<String, UnitView> known) {
    List<RecipientRows.Row> rows = new ArrayList<>();
    // those with a paragraph of their own first, in the order written (the order the document gives them)
    List<String> implement = new ArrayList<>(draft.recipientTasks().keySet());
    draft.implementRecipients().stream().filter(code -> !implement.contains(code)).forEach(implement::add);
    for (String code : implement) {
      rows.add(new RecipientRows.Row(known.get(code).id(), null, RecipientKind.IMPLEMENT,
          draft.recipientTasks().get(code)));
    }
    for (String code : draft.reportToRecipients()) {
      rows.add(new RecipientRows.Row(known.get(code).id(), null, RecipientKind.REPORT_TO, null));
    }
    for (String code : draft.informationRecipients()) {
      rows.add(new RecipientRows.Row(known.get(code).id(), null, RecipientKind.INFORMATION, null));
    }
    for (String body : draft.otherRecipients()) {
      OtherRecipient other = OtherRecipient.parse(body);
      rows.add(new RecipientRows.Row(null, other.name(), other.kind(), null));
    }
    if (!implement.contains(issuer.code())) {
      // a document of a body outside the tree is implemented by the unit that holds it, which keeps it too
      rows.add(new RecipientRows.Row(issuer.id(), null, RecipientKind.ARCHIVE, null));
    }
    recipients.flush();
    recipientRows.replace(plan.getId(), rows);
  }

  PlanView view(Plan plan) {
    UnitView issuer = units.byId(plan.getIssuingUnitId());
    List<PlanRecipient> rows = recipients.findByPlanIdOrderById(plan.getId());
    Map<Long, UnitView> byId = units.byIds(rows.stream().map(PlanRecipient::getUnitId)
        .filter(java.util.Objects::nonNull).toList());
    List<PlanView.Recipient> list = rows.stream().map(r -> {
      if (r.getUnitId() == null) {
        return new PlanView.Recipient(null, r.getBodyName(), r.getKind(), null, false);
      }
      UnitView unit = byId.get(r.getUnitId());
      return new PlanView.Recipient(unit.code(), unit.name(), r.getKind(), r.getTaskText(),
          unit.memberOrganisation());
    }).toList();
    return new PlanView(plan.getId(), plan.getNumberAndSymbol(), plan.getStatus(), plan.getYear(), plan.getTitle(),
        issuer.code(), plan.getIssuerName() == null ? issuer.name() : plan.getIssuerName(), plan.getParentPlanId(), plan.sections().basis(), plan.getIssuedOn(),
        plan.getHalfYearReportDue(), plan.getAnnualReportDue(), plan.getImplementationDays(),
        plan.getImplementationDue(), plan.getReturnReason(), list,
        java.util.Arrays.stream(plan.getReportReminderDays().split(",")).map(String::strip)
            .filter(d -> !d.isEmpty()).map(Integer::valueOf).toList(),
        plan.getSummaryFromYear(), plan.getSummaryReportDue(), plan.sections(), plan.getSignerName(),
        plan.isRecorded(), plan.getIssuerName() != null);
  }

  private static List<String> distinct(List<String> codes) {
    Set<String> set = new LinkedHashSet<>();
    codes.stream().map(String::trim).filter(c -> !c.isEmpty()).forEach(set::add);
    return List.copyOf(set);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
