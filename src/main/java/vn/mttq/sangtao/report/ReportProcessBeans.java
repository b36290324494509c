package vn.mttq.sangtao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.process.TaskColumns;
import vn.mttq.sangtao.shared.process.TaskFormOpening;
import vn.mttq.sangtao.shared.process.TaskForms;

/**
 * The small steps of {@code planReporting} and {@code periodicReport}: each hands over to one use case and
 * keeps only ids and flags in the process.
 */
@Configuration
class ReportProcessBeans {

  static final List<String> SUBMIT_FIELDS;
  static final String SUBMIT_FORM = "submitReport";
  static final List<String> REVIEW_FIELDS = List.of("decision", "reviewComment", "newDueDays");

  static {
    List<String> fields = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      fields.add(figure.field());
    }
    fields.add("narrative");
    SUBMIT_FIELDS = List.copyOf(fields);
  }

  private static Long reportId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return PeriodicReportProcess.REPORT_ID.from(scope);
  }

  /** Opens the next batch of the current period's reports; says whether the period is fully open. */
  @Bean
  JavaDelegate openReportsDelegate(ReportOpening opening) {
    return execution -> {
      boolean more = opening.openBatch(PeriodicReportProcess.PLAN_ID.from(execution), ReportOpening.BATCH_SIZE);
      execution.setVariable(PeriodicReportProcess.VAR_PERIOD_OPENED, !more);
    };
  }

  @Bean
  JavaDelegate sendReportNoticeDelegate(ReportReminders reminders) {
    return execution -> reminders.sendDueNotice(reportId(execution));
  }

  /** Names the tasks after the report, sets their due dates and prefills the report form. */
  @Bean
  TaskListener reportTaskListener(ReportService reports, ReportPrefill prefills) {
    return task -> {
      ReportView report = reports.get(reportId(task));
      TaskColumns.set(task, report.planNumber(), report.unitName(), report.periodLabel());
      if (PeriodicReportProcess.USER_TASK_SUBMIT.equals(task.getTaskDefinitionKey())) {
        task.setName(report.subject());
        task.setDescription("Hạn nộp: ngày " + BusinessTime.format(report.dueDate()) + ", gửi "
            + report.receivingUnitName() + ".");
        task.setDueDate(BusinessTime.at(report.dueDate(), 23, 59));
        fillIn(task, report, prefills.of(report.id()));
      } else {
        task.setName("Xem xét " + report.subject());
        task.setDescription(report.late() != null && report.late() ? "Nộp muộn." : "Nộp đúng hạn.");
        task.setDueDate(BusinessTime.at(BusinessTime.today().plusDays(7), 17, 0));
        task.setVariableLocal("reportSummary", ReportText.summary(report));
      }
    };
  }

  /** Each time the report form is opened, its figures are worked out again (a returned report keeps its own). */
  @Bean
  TaskFormOpening submitReportOpening(ReportService reports, ReportPrefill prefills) {
    return new TaskFormOpening() {
      @Override
      public String formKey() {
        return SUBMIT_FORM;
      }

      @Override
      public void opened(DelegateTask task) {
        ReportView report = reports.get(reportId(task));
        if (report.status() == ReportStatus.OPEN || report.status() == ReportStatus.RETURNED) {
          fillIn(task, report, prefills.of(report.id()));
        }
      }
    };
  }

  /**
   * The form's figures: what the system works out now, or for a returned report what the unit had sent; written as
   * people write them (the form's fields are text, "1.250" and "15.000.000" read back the same).
   */
  private static void fillIn(DelegateTask task, ReportView report, ReportPrefill.Prefill prefill) {
    boolean returned = report.status() == ReportStatus.RETURNED;
    Map<Figure, Long> figures = returned ? report.figures() : prefill.figures();
    figures.forEach((figure, value) -> {
      if (value != null) {
        task.setVariableLocal(figure.field(), WholeNumbers.format(value));
      } else {
        task.removeVariableLocal(figure.field());
      }
    });
    task.setVariableLocal("narrative", report.narrative() != null ? report.narrative() : prefill.narrative());
    task.setVariableLocal("reportInfo", report.subject() + ". Hạn nộp: ngày " + BusinessTime.format(report.dueDate())
        + "." + (report.returnComment() == null ? "" : " Yêu cầu sửa: " + report.returnComment())
        + "\n" + (returned ? "Số liệu là số đơn vị đã nộp. " : "") + prefill.takenAtText());
  }

  @Bean
  TaskListener submitReportListener(ReportSubmission submission) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, SUBMIT_FIELDS);
      submission.submit(reportId(task), values, TaskForms.actor(task));
      TaskForms.forget(task, SUBMIT_FIELDS);
    };
  }

  @Bean
  TaskListener reviewReportListener(ReportReview review) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, REVIEW_FIELDS);
      Integer days = TaskForms.integer(values.get("newDueDays"), "Hạn nộp lại (số ngày)",
          "Chưa xem xét được báo cáo:");
      Boolean accept = TaskForms.choice(values.get("decision"), "accept", "return");
      boolean accepted = review.review(reportId(task), accept, TaskForms.text(values, "reviewComment"),
          days, TaskForms.actor(task));
      TaskForms.forget(task, REVIEW_FIELDS);
      task.getExecution().setVariable(PeriodicReportProcess.VAR_ACCEPTED, accepted);
    };
  }
}
