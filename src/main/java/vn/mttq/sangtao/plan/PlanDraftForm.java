package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/**
 * The fields of the draft-plan forms ({@code forms/draftPlan.form}): read what a person submitted into a
 * {@link PlanDraft}, and prefill a task with a saved plan. The values are form data, removed once the plan is saved.
 */
final class PlanDraftForm {

  static final String TITLE = "title";
  static final String YEAR = "year";
  static final String SYMBOL = "symbol";
  static final String NUMBER = "number";
  static final String BASIS = "basis";
  static final String PURPOSES = "purposes";
  static final String PROPAGANDA_CONTENT = "propagandaContent";
  static final String PROPAGANDA_AUDIENCE = "propagandaAudience";
  static final String PROPAGANDA_FORMS = "propagandaForms";
  static final String MODELS_CONTENT = "modelsContent";
  static final String SUPPORT_CONTENT = "supportContent";
  static final String SUMMARY_CONTENT = "summaryContent";
  static final String HALF_YEAR_DUE = "halfYearReportDue";
  static final String ANNUAL_DUE = "annualReportDue";
  static final String SUMMARY_FROM_YEAR = "summaryFromYear";
  static final String SUMMARY_DUE = "summaryReportDue";
  static final String REMINDER_DAYS = "reportReminderDays";
  static final String IMPLEMENTATION_DAYS = "implementationDays";
  static final String IMPLEMENT_RECIPIENTS = "implementRecipients";
  static final String INFORMATION_RECIPIENTS = "informationRecipients";
  static final String MEMBER_ORGANISATION_TASKS = "memberOrganisationTasks";
  static final String SUBORDINATE_COMMITTEE_TASKS = "subordinateCommitteeTasks";
  static final String REPORT_TO_RECIPIENTS = "reportToRecipients";
  static final String OTHER_RECIPIENTS = "otherRecipients";
  static final String ISSUER_TASKS = "issuerTasks";
  static final String RECIPIENT_TASKS = "recipientTasks";

  /** What the start form asks (with the issuing unit): the rest is written in the draft's own task. */
  static final List<String> START_FIELDS = List.of(TITLE, YEAR);

  static final List<String> FIELDS = List.of(TITLE, YEAR, SYMBOL, NUMBER, BASIS, PURPOSES, PROPAGANDA_CONTENT,
      PROPAGANDA_AUDIENCE, PROPAGANDA_FORMS, MODELS_CONTENT, SUPPORT_CONTENT, SUMMARY_CONTENT, HALF_YEAR_DUE,
      ANNUAL_DUE, SUMMARY_FROM_YEAR, SUMMARY_DUE, REMINDER_DAYS, IMPLEMENTATION_DAYS, IMPLEMENT_RECIPIENTS,
      INFORMATION_RECIPIENTS, MEMBER_ORGANISATION_TASKS, SUBORDINATE_COMMITTEE_TASKS, REPORT_TO_RECIPIENTS,
      OTHER_RECIPIENTS, ISSUER_TASKS, RECIPIENT_TASKS);

  private PlanDraftForm() {
  }

  /**
   * The values a person submitted: a completed task's form values reach the process scope, while the prefilled ones
   * stay task-local; the submitted value wins.
   */
  static Map<String, Object> submitted(DelegateTask task) {
    Map<String, Object> values = TaskForms.submitted(task, FIELDS);
    // the form comes with the year filled in and requires it: emptied, it is refused, not taken as this year
    if (values.get(YEAR) == null || values.get(YEAR).toString().isBlank()) {
      throw new PlanValidationException(List.of("Năm của kế hoạch không được để trống."));
    }
    return values;
  }

  static PlanDraft read(VariableScope scope) {
    Map<String, Object> values = new HashMap<>();
    FIELDS.forEach(field -> values.put(field, scope.getVariable(field)));
    return read(values);
  }

  /** Parses the submitted values; what is left empty takes the defaults of {@link PlanRequest#toDraft()}. */
  static PlanDraft read(Map<String, Object> scope) {
    return new PlanRequest(null, text(scope, TITLE), integerOrNull(scope.get(YEAR), "Năm"), text(scope, SYMBOL),
        integerOrNull(scope.get(NUMBER), "Số kế hoạch"), text(scope, BASIS), text(scope, PURPOSES),
        text(scope, PROPAGANDA_CONTENT), text(scope, PROPAGANDA_AUDIENCE), text(scope, PROPAGANDA_FORMS),
        text(scope, MODELS_CONTENT), text(scope, SUPPORT_CONTENT), text(scope, SUMMARY_CONTENT),
        date(scope.get(HALF_YEAR_DUE), "Hạn báo cáo 6 tháng"), date(scope.get(ANNUAL_DUE), "Hạn báo cáo năm"),
        integerOrNull(scope.get(IMPLEMENTATION_DAYS), "Thời hạn xây dựng kế hoạch"),
        codes(text(scope, IMPLEMENT_RECIPIENTS)), codes(text(scope, INFORMATION_RECIPIENTS)),
        text(scope, MEMBER_ORGANISATION_TASKS), text(scope, SUBORDINATE_COMMITTEE_TASKS),
        integerOrNull(scope.get(SUMMARY_FROM_YEAR), "Năm bắt đầu giai đoạn tổng kết"),
        date(scope.get(SUMMARY_DUE), "Hạn báo cáo tổng kết"), days(text(scope, REMINDER_DAYS)),
        codes(text(scope, REPORT_TO_RECIPIENTS)), lines(text(scope, OTHER_RECIPIENTS)), text(scope, ISSUER_TASKS),
        RecipientTasks.parse(text(scope, RECIPIENT_TASKS))).toDraft();
  }

  /** "7, 3, 1": the days before a report's due date on which units are reminded; null (the default) when empty. */
  static List<Integer> days(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<Integer> days = new java.util.ArrayList<>();
    for (String part : text.split("[,;\\s]+")) {
      if (!part.isEmpty()) {
        days.add(integerOrNull(part, "Ngày nhắc trước hạn"));
      }
    }
    return days;
  }

  /** Comma-, semicolon- or line-separated unit codes; null (the tree's defaults) when nothing is given. */
  static List<String> codes(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** One entry a line; null when nothing is given. */
  static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(Map<String, Object> scope, String name) {
    Object value = scope.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Integer integerOrNull(Object value, String what) {
    try {
      return TaskForms.integer(value, what, "Kế hoạch chưa hợp lệ:");
    } catch (InvalidInputException e) {
      throw new PlanValidationException(e.getProblems());
    }
  }

  private static LocalDate date(Object value, String what) {
    return TaskForms.date(value, what, "Kế hoạch chưa hợp lệ:");
  }

}
