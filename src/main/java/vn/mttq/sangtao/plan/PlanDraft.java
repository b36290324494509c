package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff write in the draft-plan form (or send to the API). Recipients are unit codes; the issuer is added as
 * the archive ("Lưu") by itself.
 */
public record PlanDraft(String title, int year, String symbol, Integer number, String basis, String purposes,
    String propagandaContent, String propagandaAudience, String propagandaForms, String modelsContent,
    String supportContent, String summaryContent, LocalDate halfYearReportDue, LocalDate annualReportDue,
    int implementationDays, List<String> implementRecipients, List<String> informationRecipients,
    String memberOrganisationTasks, String subordinateCommitteeTasks) {

  public static final String DEFAULT_SYMBOL = "KH-MTTQ-BTT";
  public static final int DEFAULT_IMPLEMENTATION_DAYS = 15;

  /** "Trước ngày 08/6": the last day to submit is 07/06. */
  public static LocalDate defaultHalfYearDue(int year) {
    return LocalDate.of(year, 6, 7);
  }

  /** "Trước ngày 13/11": the last day to submit is 12/11. */
  public static LocalDate defaultAnnualDue(int year) {
    return LocalDate.of(year, 11, 12);
  }
}
