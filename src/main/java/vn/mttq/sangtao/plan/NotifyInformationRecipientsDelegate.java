package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the plan's information recipients ("b/c") a notice instead of a task. */
@Component("notifyInformationRecipientsDelegate")
class NotifyInformationRecipientsDelegate implements JavaDelegate {

  private final PlanCascadeService cascade;

  NotifyInformationRecipientsDelegate(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cascade.notifyInformationRecipients(PlanIssuanceProcess.PLAN_ID.from(execution));
  }
}
