package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder timer fired: tells the unit's staff how many days are left. */
@Component("remindUnitDelegate")
class RemindUnitDelegate implements JavaDelegate {

  static final String LAST_REMINDER_ELEMENT = "serviceTask_remindOneDayBefore";

  private final PlanCascadeService cascade;

  RemindUnitDelegate(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int daysLeft = LAST_REMINDER_ELEMENT.equals(execution.getCurrentActivityId())
        ? PlanImplementationProcess.LAST_REMINDER_DAYS : PlanImplementationProcess.FIRST_REMINDER_DAYS;
    cascade.remind((Long) execution.getVariable(PlanImplementationProcess.VAR_IMPLEMENTATION_ID), daysLeft);
  }
}
