package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.mttq.sangtao.shared.document.IssuerNames;

/**
 * A plan as other features, forms and the API see it: its identity, dates and regime, every section as written, and
 * its recipients with their kinds and own paragraphs. A plan {@code recorded} was issued outside the system; when its
 * issuer is a body outside the unit tree ({@code outsideIssuer}), {@code issuingUnitName} is that body's name and
 * {@code issuingUnitCode} the unit that holds it.
 */
public record PlanView(Long id, String numberAndSymbol, PlanStatus status, int year, String title,
    String issuingUnitCode, String issuingUnitName, Long parentPlanId, String basis, LocalDate issuedOn,
    LocalDate halfYearReportDue, LocalDate annualReportDue, int implementationDays, LocalDate implementationDue,
    String returnReason, List<Recipient> recipients, List<Integer> reportReminderDays, Integer summaryFromYear,
    LocalDate summaryReportDue, PlanSections sections, String signerName, boolean recorded, boolean outsideIssuer) {

  /** Whether the plan asks for a five-year or phase summary report. */
  public boolean asksForSummary() {
    return summaryReportDue != null;
  }

  /**
   * How people name the plan in task lists and notices: "KH số 12/KH-MTTQ-BTT (2026) — tỉnh Đồng Nai". Numbers
   * restart every year and for every issuer, so the year and the issuer make it one plan.
   */
  public String reference() {
    return "KH số " + numberAndSymbol + " (" + year + ") — " + IssuerNames.area(issuingUnitName);
  }

  /** The business key of the plan's processes: "12/KH-MTTQ-BTT (2026) — dn", unique like the plan's number. */
  public String businessKey() {
    return numberAndSymbol + " (" + year + ") — " + (outsideIssuer ? issuingUnitName + " — " : "") + issuingUnitCode;
  }

  /** The recipient with this unit code, if it is one. */
  public java.util.Optional<Recipient> recipient(String unitCode) {
    return recipients.stream().filter(r -> unitCode.equals(r.unitCode())).findFirst();
  }

  /**
   * What a recipient must do (part III): the text for all of its kind (member organisations or subordinate
   * committees), then its own paragraph; null for a recipient that only reads the plan.
   */
  public String tasksOf(Recipient recipient) {
    if (recipient.kind() != RecipientKind.IMPLEMENT) {
      return null;
    }
    String common = recipient.memberOrganisation() ? sections.memberOrganisationTasks()
        : sections.subordinateCommitteeTasks();
    String joined = String.join("\n", Stream.of(common, recipient.taskText()).filter(Objects::nonNull).toList());
    return joined.isEmpty() ? null : joined;
  }

  /**
   * A recipient of the plan and its kind: a unit of the tree (with its code) or a body outside it (code null, the
   * name as written); {@code taskText} is its own paragraph of part III.
   */
  public record Recipient(String unitCode, String unitName, RecipientKind kind, String taskText,
      boolean memberOrganisation) {
  }
}
