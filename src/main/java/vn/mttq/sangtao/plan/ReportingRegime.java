package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A plan's reporting regime: the last days to submit the half-year and annual reports (and a phase summary when it
 * asks for one, with the phase's first year), and the days before each on which units are reminded.
 */
@Embeddable
class ReportingRegime {

  @Column(name = "half_year_report_due", nullable = false)
  private LocalDate halfYearReportDue;

  @Column(name = "annual_report_due", nullable = false)
  private LocalDate annualReportDue;

  /** Days before a report's due date on which the unit is reminded, e.g. "7,3,1". */
  @Column(name = "report_reminder_days", nullable = false)
  private String reportReminderDays;

  @Column(name = "summary_from_year")
  private Integer summaryFromYear;

  @Column(name = "summary_report_due")
  private LocalDate summaryReportDue;

  protected ReportingRegime() {
  }

  ReportingRegime(PlanDraft draft) {
    this.halfYearReportDue = draft.halfYearReportDue();
    this.annualReportDue = draft.annualReportDue();
    this.summaryFromYear = draft.summaryFromYear();
    this.summaryReportDue = draft.summaryReportDue();
    this.reportReminderDays = draft.reportReminderDays().stream().map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  LocalDate halfYearReportDue() {
    return halfYearReportDue;
  }

  LocalDate annualReportDue() {
    return annualReportDue;
  }

  Integer summaryFromYear() {
    return summaryFromYear;
  }

  LocalDate summaryReportDue() {
    return summaryReportDue;
  }

  /** The reminder days, most days ahead first. */
  List<Integer> reminderDays() {
    return Arrays.stream(reportReminderDays.split(",")).map(String::strip).filter(d -> !d.isEmpty())
        .map(Integer::valueOf).toList();
  }
}
