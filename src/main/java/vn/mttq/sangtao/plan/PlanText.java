package vn.mttq.sangtao.plan;

import java.util.List;
import java.util.stream.Collectors;

import vn.mttq.sangtao.shared.BusinessTime;

/** A plan written out for people: what leaders read before they approve. */
final class PlanText {

  /** Recipients named per kind; a national plan's hundreds are counted, not listed, in every task. */
  static final int LISTED = 12;

  private PlanText() {
  }

  static String summary(PlanView plan) {
    StringBuilder text = new StringBuilder();
    text.append("KẾ HOẠCH ").append(plan.title()).append(" (năm ").append(plan.year()).append(")\n");
    text.append("Đơn vị ban hành: ").append(plan.issuingUnitName()).append('\n');
    if (plan.basis() != null) {
      text.append("Căn cứ: ").append(plan.basis()).append('\n');
    }
    text.append("Chế độ báo cáo: 6 tháng trước ngày ")
        .append(BusinessTime.format(plan.halfYearReportDue().plusDays(1)))
        .append(", 1 năm trước ngày ").append(BusinessTime.format(plan.annualReportDue().plusDays(1)));
    if (plan.asksForSummary()) {
      text.append(", tổng kết giai đoạn ").append(plan.summaryFromYear()).append(" – ").append(plan.year())
          .append(" trước ngày ").append(BusinessTime.format(plan.summaryReportDue().plusDays(1)));
    }
    text.append("; nhắc trước hạn ").append(plan.reportReminderDays().stream().map(String::valueOf)
        .collect(Collectors.joining(", "))).append(" ngày.\n");
    text.append("Đơn vị xây dựng kế hoạch thực hiện trong ").append(plan.implementationDays())
        .append(" ngày kể từ ngày ban hành.\n");
    for (RecipientKind kind : RecipientKind.values()) {
      List<String> names = plan.recipients().stream().filter(r -> r.kind() == kind).map(PlanView.Recipient::unitName)
          .toList();
      if (!names.isEmpty()) {
        text.append("Nơi nhận — ").append(kind.label()).append(" (").append(names.size()).append("): ")
            .append(names.stream().limit(LISTED).collect(Collectors.joining("; ")))
            .append(names.size() > LISTED ? "; …" : "").append('\n');
      }
    }
    return text.toString();
  }
}
