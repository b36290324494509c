package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as other features, forms and the API see it. */
public record PlanView(Long id, String numberAndSymbol, PlanStatus status, int year, String title,
    String issuingUnitCode, String issuingUnitName, Long parentPlanId, String basis, LocalDate issuedOn,
    LocalDate halfYearReportDue, LocalDate annualReportDue, int implementationDays, LocalDate implementationDue,
    String returnReason, List<Recipient> recipients, List<Integer> reportReminderDays, Integer summaryFromYear,
    LocalDate summaryReportDue) {

  /** Whether the plan asks for a five-year or phase summary report. */
  public boolean asksForSummary() {
    return summaryReportDue != null;
  }

  /** A recipient of the plan and its kind. */
  public record Recipient(String unitCode, String unitName, RecipientKind kind, String taskText) {
  }
}
