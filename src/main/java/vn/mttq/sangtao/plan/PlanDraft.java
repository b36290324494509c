package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What staff write in the draft-plan form (or send to the API). Recipients are unit codes: to implement, reported to
 * ("b/c"), for information; bodies outside the unit tree are named, "(b/c)" after the name when they are reported to.
 * The issuer is added as the archive ("Lưu") by itself. {@code recipientTasks} holds a recipient's own paragraph of
 * part III by unit code, after the text for all of its kind.
 */
public record PlanDraft(String title, int year, String symbol, Integer number, String basis, String purposes,
    String propagandaContent, String propagandaAudience, String propagandaForms, String modelsContent,
    String supportContent, String summaryContent, LocalDate halfYearReportDue, LocalDate annualReportDue,
    int implementationDays, List<String> implementRecipients, List<String> informationRecipients,
    String memberOrganisationTasks, String subordinateCommitteeTasks, Integer summaryFromYear,
    LocalDate summaryReportDue, List<Integer> reportReminderDays, List<String> reportToRecipients,
    List<String> otherRecipients, String issuerTasks, Map<String, String> recipientTasks) {

  public static final String DEFAULT_SYMBOL = "KH-MTTQ-BTT";
  public static final int DEFAULT_IMPLEMENTATION_DAYS = 15;
  /** The regime's reminders: 7, 3 and 1 days before a report's due date. */
  public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 3, 1);

  /** A plan without a phase summary and with the default reminders. */
  public PlanDraft(String title, int year, String symbol, Integer number, String basis, String purposes,
      String propagandaContent, String propagandaAudience, String propagandaForms, String modelsContent,
      String supportContent, String summaryContent, LocalDate halfYearReportDue, LocalDate annualReportDue,
      int implementationDays, List<String> implementRecipients, List<String> informationRecipients,
      String memberOrganisationTasks, String subordinateCommitteeTasks) {
    this(title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience, propagandaForms,
        modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue, implementationDays,
        implementRecipients, informationRecipients, memberOrganisationTasks, subordinateCommitteeTasks, null, null,
        DEFAULT_REMINDER_DAYS);
  }

  /** A draft whose recipients reported to ("b/c") and own paragraphs take the defaults. */
  public PlanDraft(String title, int year, String symbol, Integer number, String basis, String purposes,
      String propagandaContent, String propagandaAudience, String propagandaForms, String modelsContent,
      String supportContent, String summaryContent, LocalDate halfYearReportDue, LocalDate annualReportDue,
      int implementationDays, List<String> implementRecipients, List<String> informationRecipients,
      String memberOrganisationTasks, String subordinateCommitteeTasks, Integer summaryFromYear,
      LocalDate summaryReportDue, List<Integer> reportReminderDays) {
    this(title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience, propagandaForms,
        modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue, implementationDays,
        implementRecipients, informationRecipients, memberOrganisationTasks, subordinateCommitteeTasks,
        summaryFromYear, summaryReportDue, reportReminderDays, null, null, null, null);
  }

  /** "Trước ngày 08/6": the last day to submit is 07/06. */
  public static LocalDate defaultHalfYearDue(int year) {
    return LocalDate.of(year, 6, 7);
  }

  /** "Trước ngày 13/11": the last day to submit is 12/11. */
  public static LocalDate defaultAnnualDue(int year) {
    return LocalDate.of(year, 11, 12);
  }

  /** The draft with its texts trimmed (blank = absent) and the given recipients. */
  PlanDraft cleaned(List<String> implement, List<String> reportTo, List<String> information) {
    Map<String, String> own = new LinkedHashMap<>();
    if (recipientTasks != null) {
      recipientTasks.forEach((code, text) -> {
        if (code != null && trim(text) != null) {
          own.put(code.strip(), trim(text));
        }
      });
    }
    return new PlanDraft(trim(title), year, trim(symbol), number, trim(basis),
        trim(purposes()), trim(propagandaContent()), trim(propagandaAudience()),
        trim(propagandaForms()), trim(modelsContent()), trim(supportContent()),
        trim(summaryContent()), halfYearReportDue(), annualReportDue(), implementationDays(),
        implement, information, trim(memberOrganisationTasks()), trim(subordinateCommitteeTasks()),
        summaryFromYear(), summaryReportDue(), reportReminderDays() == null ? null
            : reportReminderDays().stream().distinct()
                .sorted(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).toList(),
        reportTo, otherRecipients == null ? List.of()
            : otherRecipients.stream().map(PlanDraft::trim).filter(java.util.Objects::nonNull).distinct().toList(),
        trim(issuerTasks), own);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The same draft with each recipient's own paragraph by unit code. */
  PlanDraft withRecipientTasks(Map<String, String> byCode) {
    return new PlanDraft(title, year, symbol, number, basis, purposes, propagandaContent, propagandaAudience,
        propagandaForms, modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue,
        implementationDays, implementRecipients, informationRecipients, memberOrganisationTasks,
        subordinateCommitteeTasks, summaryFromYear, summaryReportDue, reportReminderDays, reportToRecipients,
        otherRecipients, issuerTasks, byCode);
  }

  /** The same draft without its number (a body outside the tree numbers its documents apart from the unit's own). */
  PlanDraft withoutNumber() {
    return new PlanDraft(title, year, symbol, null, basis, purposes, propagandaContent, propagandaAudience,
        propagandaForms, modelsContent, supportContent, summaryContent, halfYearReportDue, annualReportDue,
        implementationDays, implementRecipients, informationRecipients, memberOrganisationTasks,
        subordinateCommitteeTasks, summaryFromYear, summaryReportDue, reportReminderDays, reportToRecipients,
        otherRecipients, issuerTasks, recipientTasks);
  }
}
