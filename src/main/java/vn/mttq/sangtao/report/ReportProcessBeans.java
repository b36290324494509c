package vn.mttq.sangtao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.process.TaskColumns;
import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.unit.LineVisibility;

/**
 * The small steps of {@code planReporting} and {@code periodicReport}: each hands over to {@link ReportService} and
 * keeps only ids and flags in the process.
 */
@Configuration
class ReportProcessBeans {

  static final List<String> SUBMIT_FIELDS;
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
    return (Long) scope.getVariable(PeriodicReportProcess.VAR_REPORT_ID);
  }

  /** Starts the plan's reporting schedule, with the issuance's business key. */
  @Bean
  JavaDelegate startReportingDelegate(PlanService plans, LineVisibility visibility) {
    return execution -> {
      Long planId = (Long) execution.getVariable(PeriodicReportProcess.VAR_PLAN_ID);
      String schedule = execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
          PeriodicReportProcess.SCHEDULE_KEY, execution.getProcessBusinessKey(),
          Map.of(PeriodicReportProcess.VAR_PLAN_ID, planId)).getId();
      visibility.grant(schedule, plans.issuingUnitCode(planId));
    };
  }

  /** Opens the next batch of the current period's reports; says whether the period is fully open. */
  @Bean
  JavaDelegate openReportsDelegate(ReportService reports) {
    return execution -> {
      boolean more = reports.openBatch((Long) execution.getVariable(PeriodicReportProcess.VAR_PLAN_ID),
          ReportService.BATCH_SIZE);
      execution.setVariable(PeriodicReportProcess.VAR_PERIOD_OPENED, !more);
    };
  }

  @Bean
  JavaDelegate sendReportNoticeDelegate(ReportService reports) {
    return execution -> reports.sendDueNotice(reportId(execution));
  }

  /** Names the tasks after the report, sets their due dates and prefills the report form. */
  @Bean
  TaskListener reportTaskListener(ReportService reports) {
    return task -> {
      ReportView report = reports.get(reportId(task));
      TaskColumns.set(task, report.planNumber(), report.unitName(), report.periodLabel());
      if (PeriodicReportProcess.USER_TASK_SUBMIT.equals(task.getTaskDefinitionKey())) {
        task.setName(report.subject());
        task.setDescription("Hạn nộp: ngày " + BusinessTime.format(report.dueDate()) + ", gửi "
            + report.receivingUnitName() + ".");
        task.setDueDate(BusinessTime.at(report.dueDate(), 23, 59));
        ReportService.Prefill prefill = reports.prefill(report.id());
        Map<Figure, Long> figures = report.status() == ReportStatus.RETURNED ? report.figures() : prefill.figures();
        // written as people write them: the form's fields are text, "1.250" and "15.000.000" read back the same
        figures.forEach((figure, value) -> {
          if (value != null) {
            task.setVariableLocal(figure.field(), WholeNumbers.format(value));
          }
        });
        task.setVariableLocal("narrative", report.narrative() != null ? report.narrative() : prefill.narrative());
        task.setVariableLocal("reportInfo", report.subject() + ". Hạn nộp: ngày " + BusinessTime.format(report.dueDate())
            + "." + (report.returnComment() == null ? "" : " Yêu cầu sửa: " + report.returnComment()));
      } else {
        task.setName("Xem xét " + report.subject());
        task.setDescription(report.late() != null && report.late() ? "Nộp muộn." : "Nộp đúng hạn.");
        task.setDueDate(BusinessTime.at(BusinessTime.today().plusDays(7), 17, 0));
        task.setVariableLocal("reportSummary", ReportText.summary(report));
      }
    };
  }

  @Bean
  TaskListener submitReportListener(ReportService reports) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, SUBMIT_FIELDS);
      reports.submit(reportId(task), values, TaskForms.actor(task));
      TaskForms.forget(task, SUBMIT_FIELDS);
    };
  }

  @Bean
  TaskListener reviewReportListener(ReportService reports) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, REVIEW_FIELDS);
      Integer days = TaskForms.integer(values.get("newDueDays"), "Hạn nộp lại (số ngày)",
          "Chưa xem xét được báo cáo:");
      Boolean accept = TaskForms.choice(values.get("decision"), "accept", "return");
      boolean accepted = reports.review(reportId(task), accept, TaskForms.text(values, "reviewComment"),
          days, TaskForms.actor(task));
      TaskForms.forget(task, REVIEW_FIELDS);
      task.getExecution().setVariable(PeriodicReportProcess.VAR_ACCEPTED, accepted);
    };
  }
}
