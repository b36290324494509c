package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.plan.PlanService;

/**
 * The reminders and escalation of an open report ({@code periodicReport}'s notice timer), after its
 * {@link ReminderSchedule}.
 */
@Component
@Transactional
class ReportReminders {

  private final ReportService reports;
  private final PlanService plans;
  private final ReportNotices notices;
  private final Clock clock;

  ReportReminders(ReportService reports, PlanService plans, ReportNotices notices, Clock clock) {
    this.reports = reports;
    this.plans = plans;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * The reminders' timer cycle on the report task, worked out again each time it fires
   * ({@code reevaluate-time-cycle-when-due}): it starts at the next notice moment (far ahead when none is left), so
   * each firing schedules the next notice, and completing the task ends it.
   */
  @Transactional(readOnly = true)
  String noticeCycle(Long reportId) {
    Instant now = clock.instant();
    Instant next = schedule(reports.find(reportId)).nextAfter(now).map(ReminderSchedule.Notice::at)
        .orElse(now.plus(Duration.ofDays(3650)));
    return "R/" + Date.from(next).toInstant() + "/P3650D";
  }

  /**
   * Sends the notice whose moment is the latest one reached: after a stop, only the most recent is sent, once.
   * Nothing is sent for a report no longer open.
   */
  void sendDueNotice(Long reportId) {
    Report report = reports.find(reportId);
    if (report.getStatus() != ReportStatus.OPEN && report.getStatus() != ReportStatus.RETURNED) {
      return;
    }
    schedule(report).latestReached(clock.instant()).ifPresent(notice -> notices.send(reports.get(reportId),
        notice.kind(), notice.days(), notice.key()));
  }

  private ReminderSchedule schedule(Report report) {
    return ReminderSchedule.of(report.getDueDate(), plans.get(report.getPlanId()).reportReminderDays());
  }
}
