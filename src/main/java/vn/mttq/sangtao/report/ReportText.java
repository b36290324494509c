package vn.mttq.sangtao.report;

import java.util.Map;
import java.util.Objects;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;

/** A report as text for the reviewer's form: each figure, and where the unit changed it, what the system had worked out. */
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
      text.append(figure.getKey().label()).append(": ").append(number(figure.getValue()));
      Long computed = report.computedFigures().get(figure.getKey());
      if (report.computedAt() != null && !Objects.equals(computed, figure.getValue())) {
        text.append(" (hệ thống tính ").append(number(computed)).append(')');
      }
      text.append('\n');
    }
    if (report.computedAt() != null) {
      text.append("Số liệu hệ thống tính lúc ").append(BusinessTime.format(report.computedAt())).append(".\n");
    }
    if (report.narrative() != null) {
      text.append("Đánh giá: ").append(report.narrative());
    }
    return text.toString().strip();
  }

  private static String number(Long value) {
    return value == null ? "—" : WholeNumbers.format(value);
  }
}
