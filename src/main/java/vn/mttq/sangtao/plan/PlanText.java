package vn.mttq.sangtao.plan;

import java.util.List;
import java.util.stream.Collectors;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.document.IssuerNames;

/**
 * A plan written out for people in a task's form: what its leaders approve, and what each recipient reads before it
 * acknowledges and builds its own plan (its own tasks first, then the whole document).
 */
final class PlanText {

  /** Recipients named per kind in the regime's summary; a national plan's hundreds are counted, not listed. */
  static final int LISTED = 12;

  private PlanText() {
  }

  /** The draft as the leaders approve it: the regime and every recipient, then the document. */
  static String forApproval(PlanView plan) {
    return regime(plan) + "\n" + PlanDocument.of(plan).asText();
  }

  /** The plan as a recipient reads it: its own tasks, the regime, then the document with its part of part III. */
  static String forRecipient(PlanView plan, String unitCode) {
    StringBuilder text = new StringBuilder();
    plan.recipient(unitCode).ifPresent(r -> {
      String tasks = plan.tasksOf(r);
      text.append("NHIỆM VỤ CỦA ").append(IssuerNames.upper(r.unitName())).append('\n')
          .append(tasks == null ? "(Kế hoạch không giao nhiệm vụ riêng; thực hiện theo nội dung kế hoạch.)" : tasks)
          .append("\n\n");
    });
    return text.append(regime(plan)).append('\n').append(PlanDocument.forRecipient(plan, unitCode).asText())
        .toString();
  }

  static String regime(PlanView plan) {
    StringBuilder text = new StringBuilder();
    text.append(plan.reference()).append('\n');
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
