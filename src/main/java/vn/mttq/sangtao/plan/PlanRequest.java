package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.sangtao.shared.BusinessTime;

/** A plan sent to {@code POST /api/plans}; what is left out takes the same defaults as the draft form. */
public record PlanRequest(String issuingUnitCode, String title, Integer year, String symbol, Integer number,
    String basis, String purposes, String propagandaContent, String propagandaAudience, String propagandaForms,
    String modelsContent, String supportContent, String summaryContent, LocalDate halfYearReportDue,
    LocalDate annualReportDue, Integer implementationDays, List<String> implementRecipients,
    List<String> informationRecipients, String memberOrganisationTasks, String subordinateCommitteeTasks,
    Integer summaryFromYear, LocalDate summaryReportDue, List<Integer> reportReminderDays) {

  /** A request without a phase summary and with the default reminders. */
  public PlanRequest(String issuingUnitCode, String title, Integer year, String symbol, Integer number,
      String basis, String purposes, String propagandaContent, String propagandaAudience, String propagandaForms,
      String modelsContent, String supportContent, String summaryContent, LocalDate halfYearReportDue,
      LocalDate annualReportDue, Integer implementationDays, List<String> implementRecipients,
      List<String> informationRecipients, String memberOrganisationTasks, String subordinateCommitteeTasks) {
    this(issuingUnitCode, title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience,
        propagandaForms, modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue,
        implementationDays, implementRecipients, informationRecipients, memberOrganisationTasks,
        subordinateCommitteeTasks, null, null, null);
  }

  PlanDraft toDraft() {
    int y = year == null ? BusinessTime.today().getYear() : year;
    return new PlanDraft(title, y, symbol == null ? PlanDraft.DEFAULT_SYMBOL : symbol, number, basis, purposes,
        propagandaContent, propagandaAudience, propagandaForms, modelsContent, supportContent, summaryContent,
        halfYearReportDue == null ? PlanDraft.defaultHalfYearDue(y) : halfYearReportDue,
        annualReportDue == null ? PlanDraft.defaultAnnualDue(y) : annualReportDue,
        implementationDays == null ? PlanDraft.DEFAULT_IMPLEMENTATION_DAYS : implementationDays,
        implementRecipients, informationRecipients, memberOrganisationTasks, subordinateCommitteeTasks,
        summaryFromYear, summaryReportDue,
        reportReminderDays == null || reportReminderDays.isEmpty() ? PlanDraft.DEFAULT_REMINDER_DAYS
            : reportReminderDays);
  }
}
