package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other modules that the plan is issued ({@link PlanIssued}); their listeners run in this step's transaction,
 * so a retried step redoes all of it or none.
 */
@Component("announcePlanIssuedDelegate")
class AnnounceIssuedDelegate implements JavaDelegate {

  private final PlanService plans;
  private final ApplicationEventPublisher events;

  AnnounceIssuedDelegate(PlanService plans, ApplicationEventPublisher events) {
    this.plans = plans;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    events.publishEvent(new PlanIssued(planId, execution.getProcessBusinessKey(), plans.issuingUnitCode(planId)));
  }
}
