package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** The own plan of a unit without recipients of its own, recorded as issued. */
@Component
@Transactional
class PlanRecording {

  private final PlanService service;
  private final PlanRepository plans;
  private final PlanRecipientRepository recipients;
  private final UnitService units;
  private final Clock clock;

  PlanRecording(PlanService service, PlanRepository plans, PlanRecipientRepository recipients, UnitService units,
      Clock clock) {
    this.service = service;
    this.plans = plans;
    this.recipients = recipients;
    this.units = units;
    this.clock = clock;
  }

  /**
   * Records the own plan of a unit that has no recipients of its own (a member organisation, a residential area):
   * it is kept, numbered and dated like an issued plan, with the unit's archive as its only recipient.
   */
  PlanView record(String unitCode, Long parentPlanId, PlanDraft draft, String userId) {
    LocalDate today = BusinessTime.today(clock);
    UnitView unit = units.get(unitCode);
    PlanDraft clean = draft.cleaned(List.of(), List.of(), List.of());
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
    plan.issue(number, today, userId, null, now);
    plans.flush();
    return service.get(plan.getId());
  }
}
