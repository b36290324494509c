package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.document.IssuerNames;

/**
 * A committee's consolidated report for a period: the reports its subordinates sent it, the sums of the accepted
 * ones, who was late and who is missing, and its own report upward when it has one. Each subordinate is one line,
 * whatever the number of the committee's plans that reached it; {@code planNumber} names the plan when the
 * consolidation is of one plan; {@code reportToName} is the committee above, to which it reports.
 */
record Consolidation(String unitCode, String unitName, ReportPeriod period, String periodLabel, int year,
    String planNumber, Map<Figure, Long> totals, int expected, int received, int accepted, List<Line> reports,
    List<Line> late, List<Line> missing, Line own, String reportToName) {

  /** "Tong-hop-bao-cao-6-thang-2026-tinh-Dong-Nai.xlsx": what the document is, for whom, without diacritics. */
  String fileName(String extension) {
    String what = switch (period) {
      case HALF_YEAR -> "6-thang-" + year;
      case ANNUAL -> "nam-" + year;
      case PHASE_SUMMARY -> "tong-ket-giai-doan-" + periodLabel.replaceAll("\\D+", "-");
    };
    return Folding.fileName("Tong-hop-bao-cao-" + what + "-" + IssuerNames.area(unitName)) + "." + extension;
  }

  /** "Đã nhận 1/13 báo cáo": of the subordinates asked, how many sent theirs (submitted or accepted). */
  String receivedText() {
    return "Đã nhận " + received + "/" + expected + " báo cáo";
  }

  /** One unit's report in the consolidation. */
  public record Line(String unitCode, String unitName, String planNumber, ReportStatus status, String statusLabel,
      LocalDate dueDate, String submittedOn, Boolean late, Map<Figure, Long> figures) {
  }
}
