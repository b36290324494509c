package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.sangtao.shared.BusinessTime;

/** A plan sent to {@code POST /api/plans}; what is left out takes the same defaults as the draft form. */
public record PlanRequest(String issuingUnitCode, String title, Integer year, String symbol, Integer number,
    String basis, String purposes, String propagandaContent, String propagandaAudience, String propagandaForms,
    String modelsContent, String supportContent, String summaryContent, LocalDate halfYearReportDue,
    LocalDate annualReportDue, Integer implementationDays, List<String> implementRecipients,
    List<String> informationRecipients, String memberOrganisationTasks, String subordinateCommitteeTasks) {

  PlanDraft toDraft() {
    int y = year == null ? BusinessTime.today().getYear() : year;
    return new PlanDraft(title, y, symbol == null ? PlanDraft.DEFAULT_SYMBOL : symbol, number, basis, purposes,
        propagandaContent, propagandaAudience, propagandaForms, modelsContent, supportContent, summaryContent,
        halfYearReportDue == null ? PlanDraft.defaultHalfYearDue(y) : halfYearReportDue,
        annualReportDue == null ? PlanDraft.defaultAnnualDue(y) : annualReportDue,
        implementationDays == null ? PlanDraft.DEFAULT_IMPLEMENTATION_DAYS : implementationDays,
        implementRecipients, informationRecipients, memberOrganisationTasks, subordinateCommitteeTasks);
  }
}
