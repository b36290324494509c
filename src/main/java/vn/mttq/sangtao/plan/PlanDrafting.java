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
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Drafting a plan: its recipients (those named, or the tree's), its own paragraphs by recipient, the rules, the
 * number's uniqueness, then the plan and its recipients saved as submitted for approval.
 */
@Service
@Transactional
public class PlanDrafting {

  private final PlanService planService;
  private final PlanRepository plans;
  private final PlanRecipientRepository recipients;
  private final UnitService units;
  private final RecipientRows recipientRows;
  private final Clock clock;

  PlanDrafting(PlanService planService, PlanRepository plans, PlanRecipientRepository recipients, UnitService units,
      RecipientRows recipientRows, Clock clock) {
    this.planService = planService;
    this.plans = plans;
    this.recipients = recipients;
    this.units = units;
    this.recipientRows = recipientRows;
    this.clock = clock;
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
    Plan plan = planId == null ? null : planService.find(planId);
    Map<String, UnitView> implementers = byCode(planService.implementers(issuerCode, today));
    return planService.view(save(plan, issuer, parentPlanId, draft, userId, implementers,
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
        : planService.defaultReportToRecipients(issuerCode).stream().map(UnitView::code)
            .filter(code -> draft.informationRecipients() == null || !draft.informationRecipients().contains(code))
            .toList();
    List<String> information = draft.informationRecipients() != null ? draft.informationRecipients()
        : planService.defaultInformationRecipients(issuerCode, today).stream().map(UnitView::code).toList();
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
