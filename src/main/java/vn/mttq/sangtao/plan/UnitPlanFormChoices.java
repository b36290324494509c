package vn.mttq.sangtao.plan;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.FormChoiceContext;
import vn.mttq.sangtao.shared.process.FormChoices;
import vn.mttq.sangtao.shared.process.Picker;

/** A unit's own plan by names: its recipients, as for any plan it issues ({@link PlanFormChoices}). */
@Component
class UnitPlanFormChoices implements FormChoices {

  static final String FORM = "buildUnitPlan";

  private final PlanFormChoices plans;
  private final ImplementationUnit implementations;
  private final Clock clock;

  UnitPlanFormChoices(PlanFormChoices plans, ImplementationUnit implementations, Clock clock) {
    this.plans = plans;
    this.implementations = implementations;
    this.clock = clock;
  }

  @Override
  public String formKey() {
    return FORM;
  }

  @Override
  public Map<String, Picker> choices(FormChoiceContext context) {
    if (context.task() == null) {
      return Map.of();
    }
    String unit = implementations.code(PlanImplementationProcess.IMPLEMENTATION_ID.from(context.task()));
    return plans.recipients(unit, BusinessTime.today(clock));
  }
}
