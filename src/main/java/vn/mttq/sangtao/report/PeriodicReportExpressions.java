package vn.mttq.sangtao.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;

/** What {@code periodicReport.bpmn} asks in its expressions: who works on the report, and its notice timer. */
@Component("periodicReport")
@Transactional(readOnly = true)
public class PeriodicReportExpressions {

  private final ReportService reports;
  private final UnitService units;
  private final ReportReminders reminders;

  PeriodicReportExpressions(ReportService reports, UnitService units, ReportReminders reminders) {
    this.reports = reports;
    this.units = units;
    this.reminders = reminders;
  }

  /** The group of the reporting unit's staff. */
  public String staff(Long reportId) {
    return UnitGroups.staff(units.byId(reports.find(reportId).getUnitId()).code());
  }

  /** The group of the receiving committee's staff, who review it. */
  public String reviewers(Long reportId) {
    return UnitGroups.staff(units.byId(reports.find(reportId).getReceivingUnitId()).code());
  }

  /** The cycle of the reminders' timer ({@link ReportReminders#noticeCycle}). */
  public String noticeCycle(Long reportId) {
    return reminders.noticeCycle(reportId);
  }
}
