package vn.mttq.sangtao.plan;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitGroups;

/**
 * Tells the other modules that the plan is issued ({@link PlanIssued}); their listeners run in this step's transaction,
 * so a retried step redoes all of it or none. The issuing committee's staff and leaders get a notice with the number
 * the plan was given (once each, whatever the retries).
 */
@Component("announcePlanIssuedDelegate")
class AnnounceIssuedDelegate implements JavaDelegate {

  private final PlanService plans;
  private final ApplicationEventPublisher events;
  private final NoticeService notices;

  AnnounceIssuedDelegate(PlanService plans, ApplicationEventPublisher events, NoticeService notices) {
    this.plans = plans;
    this.events = events;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(execution);
    events.publishEvent(new PlanIssued(planId, execution.getProcessBusinessKey(), plans.issuingUnitCode(planId)));
    tellIssuer(plans.get(planId));
  }

  /** The issuing committee's staff and leaders read the number the plan was given, with its document. */
  private void tellIssuer(PlanView plan) {
    String body = "«" + plan.title() + "» đã được phê duyệt và ban hành với số " + plan.numberAndSymbol() + " ngày "
        + BusinessTime.format(plan.issuedOn()) + (plan.signerName() == null ? "" : ", " + plan.signerName() + " ký")
        + "; đã gửi tới " + plan.recipients().size() + " nơi nhận.";
    for (String group : List.of(UnitGroups.staff(plan.issuingUnitCode()), UnitGroups.leaders(plan.issuingUnitCode()))) {
      notices.notifyGroup(group, null, "PLAN_ISSUED", "Đã ban hành " + plan.reference(), body, "plan:" + plan.id(),
          "plan:" + plan.id() + ":issued:" + group);
    }
  }
}
