package vn.mttq.sangtao.report;

import java.util.Map;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;

/** A report as text for the reviewer's form. */
final class ReportText {

  private ReportText() {
  }

  static String summary(ReportView report) {
    StringBuilder text = new StringBuilder(report.subject()).append('\n');
    text.append("Nộp ngày ").append(report.submittedAt() == null ? "—"
        : BusinessTime.format(report.submittedAt().atZone(BusinessTime.ZONE).toLocalDate()))
        .append(Boolean.TRUE.equals(report.late()) ? " (muộn, hạn " : " (đúng hạn, hạn ")
        .append(BusinessTime.format(report.dueDate())).append(")\n");
    for (Map.Entry<Figure, Long> figure : report.figures().entrySet()) {
      text.append(figure.getKey().label()).append(": ")
          .append(figure.getValue() == null ? "—" : WholeNumbers.format(figure.getValue()))
          .append('\n');
    }
    if (report.narrative() != null) {
      text.append("Đánh giá: ").append(report.narrative());
    }
    return text.toString().strip();
  }
}
