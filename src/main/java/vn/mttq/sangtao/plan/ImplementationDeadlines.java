package vn.mttq.sangtao.plan;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The moments of a recipient's timers, read by the {@code planImplementation} model
 * ({@code ${implementationDeadlines.firstReminder(implementationId)}}): 3 and 1 days before the deadline and the day
 * after it, at 08:00 business time. Computed from the implementation's row, so no dates ride along as variables.
 */
@Component("implementationDeadlines")
public class ImplementationDeadlines {

  private final PlanCascadeService cascade;

  ImplementationDeadlines(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  public Date firstReminder(Long implementationId) {
    return PlanCascadeService.at(due(implementationId).minusDays(PlanImplementationProcess.FIRST_REMINDER_DAYS));
  }

  public Date lastReminder(Long implementationId) {
    return PlanCascadeService.at(due(implementationId).minusDays(PlanImplementationProcess.LAST_REMINDER_DAYS));
  }

  public Date overdue(Long implementationId) {
    return PlanCascadeService.at(due(implementationId).plusDays(1));
  }

  private java.time.LocalDate due(Long implementationId) {
    return cascade.dueDate(implementationId);
  }
}
