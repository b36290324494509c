package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's report as read by staff and the API; the period label carries its years. {@code enteredLate}: entered
 * afterwards from the unit's paper report, for a period already past. {@code computedFigures}: what the system had
 * worked out at {@code computedAt}, when the report was submitted (empty for a paper report).
 */
public record ReportView(Long id, Long planId, String planNumber, Long unitId, String unitCode, String unitName,
    Long receivingUnitId, String receivingUnitCode, String receivingUnitName, String processInstanceId, ReportPeriod period, String periodLabel, int fromYear, int year,
    LocalDate dueDate, ReportStatus status, String statusLabel, Map<Figure, Long> figures, String narrative,
    Instant submittedAt, Boolean late, String returnComment, boolean enteredLate, Map<Figure, Long> computedFigures,
    Instant computedAt) {

  /** "Báo cáo 6 tháng đầu năm 2026 — Phường Long Khánh — KH số 12/KH-MTTQ-BTT". */
  public String subject() {
    return periodLabel + " — " + unitName + " — KH số " + planNumber;
  }
}
