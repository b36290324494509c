package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A committee's consolidated report for a period: the reports its subordinates sent it, the sums of the accepted
 * ones, who was late and who is missing, and its own report upward when it has one.
 */
record Consolidation(String unitCode, String unitName, ReportPeriod period, String periodLabel, int year,
    Map<Figure, Long> totals, int accepted, List<Line> reports, List<Line> late, List<Line> missing, Line own) {

  /** One unit's report in the consolidation. */
  public record Line(String unitCode, String unitName, String planNumber, ReportStatus status, String statusLabel,
      LocalDate dueDate, String submittedOn, Boolean late, Map<Figure, Long> figures) {
  }
}
