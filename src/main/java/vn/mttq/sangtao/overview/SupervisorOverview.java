package vn.mttq.sangtao.overview;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.sangtao.report.ReportPeriod;

/**
 * How a plan's reporting period stands across a supervisor's units: the units under the chosen one whose report is in
 * on time, late, or not yet in, and the initiatives submitted and recognised there, in total and for each direct
 * subordinate (its whole subtree).
 */
record SupervisorOverview(String unitCode, String unitName, Long planId, String planNumber, String planTitle,
    ReportPeriod period, int year, String periodLabel, LocalDate dueDate, LocalDate from, LocalDate to, Tally total,
    List<Row> rows, List<UnitLine> late, List<UnitLine> missing) {

  /** Units on time, late and missing, and the initiatives of the same units and time. */
  public record Tally(int units, int onTime, int late, int missing, long initiativesSubmitted,
      long initiativesRecognised) {
  }

  /** A direct subordinate and everything below it. */
  public record Row(String unitCode, String unitName, Tally tally) {
  }

  /** A unit that was late or is missing, with where its report stands. */
  public record UnitLine(String unitCode, String unitName, String parentName, String situation) {
  }

  /** What a supervisor may look at: their units and the plans' periods reported on under the chosen one. */
  public record Choices(String unitCode, List<UnitChoice> units, List<PeriodChoice> periods) {
  }

  public record UnitChoice(String code, String name) {
  }

  public record PeriodChoice(Long planId, String planNumber, String planTitle, ReportPeriod period, int year,
      String label, LocalDate dueDate) {
  }
}
