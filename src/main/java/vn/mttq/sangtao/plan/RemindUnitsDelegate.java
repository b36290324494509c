package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder before the deadline to every recipient still at work; says whether any is. */
@Component("remindUnitsDelegate")
class RemindUnitsDelegate implements JavaDelegate {

  private final PlanDeadlineService deadlines;

  RemindUnitsDelegate(PlanDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int reminderDays = PlanDeadlineWatchProcess.SERVICE_TASK_LAST_REMINDER.equals(execution.getCurrentActivityId())
        ? PlanDeadlineWatchProcess.LAST_REMINDER_DAYS : PlanDeadlineWatchProcess.FIRST_REMINDER_DAYS;
    int open = deadlines.remindOpen(PlanDeadlineWatchProcess.PLAN_ID.from(execution), reminderDays);
    execution.setVariable(PlanDeadlineWatchProcess.VAR_UNITS_PENDING, open > 0);
  }
}
