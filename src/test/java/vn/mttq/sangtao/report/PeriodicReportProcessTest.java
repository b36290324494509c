package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.plan.PlanIssuanceStarter;
import vn.mttq.sangtao.plan.PlanRequest;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.support.ProcessTest;
import vn.mttq.sangtao.support.TestMailServer;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * The reporting regime: reports open 30 days before each due date, reminders 7, 3 and 1 days before, 07/06 23:59 on
 * time and 08/06 00:00 late, the escalation and bounded daily reminders, nothing after submission, the review loop.
 */
class PeriodicReportProcessTest extends ProcessTest {

  private static final List<String> WARDS = List.of("dn-p-binhloc", "dn-p-baovinh", "dn-p-longkhanh");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  PlanIssuanceStarter starter;
  @Autowired
  PlanService planService;
  @Autowired
  ReportService reports;

  @Autowired
  ReportSubmission submission;
  @Autowired
  NoticeService notices;

  private PlanView plan;
  private ProcessInstance schedule;

  @BeforeEach
  void aProvincialPlanIssuedInMarch2026() {
    moveClockTo(ZonedDateTime.parse("2026-03-02T09:00:00+07:00"));
    PlanIssuanceStarter.Started started = starter.start(new PlanRequest("dn", "Kế hoạch có báo cáo định kỳ", 2026,
        null, null, null, null, null, null, null, null, null, null, null, null, null, WARDS, List.of(), null, null),
        "dn.canbo");
    Task approval = taskService.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
    taskService.setAssignee(approval.getId(), "dn.lanhdao");
    taskService.complete(approval.getId(), Map.of("decision", "approve"));
    executeDueJobs(started.processInstanceId());
    plan = planService.get(started.plan().id());
    schedule = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.SCHEDULE_KEY)
        .variableValueEquals(PeriodicReportProcess.VAR_PLAN_ID, plan.id()).singleResult();
  }

  private ProcessInstance reportOf(String unitCode, ReportPeriod period) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(period.label() + " 2026 — " + unitCode + " — KH số " + plan.businessKey())
        .singleResult();
  }

  private Long reportIdOf(ProcessInstance instance) {
    return (Long) runtimeService.getVariable(instance.getId(), PeriodicReportProcess.VAR_REPORT_ID);
  }

  private void openPeriod(String opensAt) {
    moveClockTo(ZonedDateTime.parse(opensAt));
    executeDueJobs(schedule.getId());
  }

  private List<String> noticesTo(ProcessInstance report, String group) {
    return notices.about("report:" + reportIdOf(report)).stream().filter(n -> group.equals(n.recipientGroup()))
        .map(NoticeService.NoticeView::title).toList();
  }

  private void submitAt(ProcessInstance report, String at, Map<String, Object> figures) {
    moveClockTo(ZonedDateTime.parse(at));
    Task task = taskService.createTaskQuery().processInstanceId(report.getId())
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).singleResult();
    Map<String, Object> values = new HashMap<>(taskService.getVariablesLocal(task.getId()));
    values.putAll(figures);
    taskService.setAssignee(task.getId(), "report.canbo");
    taskService.complete(task.getId(), values);
  }

  private void noticesAt(ProcessInstance report, String at) {
    moveClockTo(ZonedDateTime.parse(at));
    executeDueJobs(report.getId());
  }

  @Test
  void halfYearReportsOpenAMonthAheadAreRemindedAndJudgedOnTimeByTheLastDay() {
    assertThat(plan.halfYearReportDue()).isEqualTo(LocalDate.of(2026, 6, 7));
    openPeriod("2026-05-08T07:59:00+07:00");
    assertThat(reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR)).isNull();
    openPeriod("2026-05-08T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR);
    ProcessInstance baovinh = reportOf("dn-p-baovinh", ReportPeriod.HALF_YEAR);
    ProcessInstance longkhanh = reportOf("dn-p-longkhanh", ReportPeriod.HALF_YEAR);
    Task task = taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Báo cáo 6 tháng đầu năm 2026 — Ủy ban MTTQ Việt Nam phường Bình Lộc — KH số "
        + plan.numberAndSymbol());
    BpmnAwareTests.assertThat(task).hasCandidateGroup("dn-p-binhloc.staff");
    assertThat(task.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2026-06-07T23:59:00+07:00").toInstant()));

    noticesAt(binhloc, "2026-05-31T07:59:00+07:00");
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).isEmpty();
    for (String at : List.of("2026-05-31T08:00:00+07:00", "2026-06-04T08:00:00+07:00", "2026-06-06T08:00:00+07:00")) {
      for (ProcessInstance report : List.of(binhloc, baovinh, longkhanh)) {
        noticesAt(report, at);
      }
    }
    String what = "báo cáo 6 tháng đầu năm 2026 (KH số " + plan.numberAndSymbol() + ")";
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).containsExactly("Còn 7 ngày để nộp " + what,
        "Còn 3 ngày để nộp " + what, "Còn 1 ngày để nộp " + what);

    submitAt(binhloc, "2026-06-07T23:59:00+07:00", Map.of("propagandaSessions", 12L, "propagandaParticipants", 850L));
    submitAt(baovinh, "2026-06-08T00:00:00+07:00", Map.of("propagandaSessions", 4L));
    assertThat(reports.get(reportIdOf(binhloc)).late()).isFalse();
    assertThat(reports.get(reportIdOf(baovinh)).late()).isTrue();
    assertThat(reports.get(reportIdOf(binhloc)).figures()).containsEntry(Figure.PROPAGANDA_SESSIONS, 12L);

    for (String day : List.of("08", "09", "10", "11", "12", "13", "14", "15")) {
      for (ProcessInstance report : List.of(binhloc, baovinh, longkhanh)) {
        noticesAt(report, "2026-06-" + day + "T08:00:00+07:00");
      }
    }
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).as("nothing after submission").hasSize(3);
    assertThat(noticesTo(longkhanh, "dn.leaders")).containsExactly(
        "Ủy ban MTTQ Việt Nam phường Long Khánh chưa nộp " + what);
    assertThat(noticesTo(longkhanh, "dn-p-longkhanh.staff")).containsExactly("Còn 7 ngày để nộp " + what,
        "Còn 3 ngày để nộp " + what, "Còn 1 ngày để nộp " + what, "Quá hạn nộp " + what,
        "Nhắc lần 1: đã quá hạn nộp " + what, "Nhắc lần 2: đã quá hạn nộp " + what,
        "Nhắc lần 3: đã quá hạn nộp " + what, "Nhắc lần 4: đã quá hạn nộp " + what,
        "Nhắc lần 5: đã quá hạn nộp " + what);
    assertThat(taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(PeriodicReportProcess.USER_TASK_REVIEW);
  }

  @Test
  void annualReportsFollowTheSameRuleBeforeThirteenNovember() {
    openPeriod("2026-05-08T08:00:00+07:00");
    openPeriod("2026-10-13T07:59:00+07:00");
    assertThat(reportOf("dn-p-binhloc", ReportPeriod.ANNUAL)).isNull();
    openPeriod("2026-10-13T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.ANNUAL);
    ProcessInstance baovinh = reportOf("dn-p-baovinh", ReportPeriod.ANNUAL);
    BpmnAwareTests.assertThat(schedule).isEnded();

    noticesAt(binhloc, "2026-11-05T08:00:00+07:00");
    noticesAt(binhloc, "2026-11-09T08:00:00+07:00");
    noticesAt(binhloc, "2026-11-11T08:00:00+07:00");
    String what = "báo cáo năm 2026 (KH số " + plan.numberAndSymbol() + ")";
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).containsExactly("Còn 7 ngày để nộp " + what,
        "Còn 3 ngày để nộp " + what, "Còn 1 ngày để nộp " + what);
    submitAt(binhloc, "2026-11-12T23:59:00+07:00", Map.of());
    submitAt(baovinh, "2026-11-13T00:00:00+07:00", Map.of());
    assertThat(reports.get(reportIdOf(binhloc)).late()).isFalse();
    assertThat(reports.get(reportIdOf(baovinh)).late()).isTrue();
  }

  @Test
  void aReturnedReportComesBackWithANewDeadlineAndIsAcceptedWhenCorrected() {
    openPeriod("2026-05-08T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR);
    Long reportId = reportIdOf(binhloc);
    submitAt(binhloc, "2026-06-01T10:00:00+07:00", Map.of("modelsBuilt", 2L));
    Task review = taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult();
    BpmnAwareTests.assertThat(review).hasCandidateGroup("dn.staff");
    assertThat((String) taskService.getVariableLocal(review.getId(), "reportSummary"))
        .contains("Số mô hình xây dựng mới: 2").contains("đúng hạn");
    taskService.setAssignee(review.getId(), "dn.canbo");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "return")))
        .hasMessageContaining("Hãy ghi rõ lý do trả lại");
    for (Object days : java.util.List.of("1,5", 4_294_967_301L)) {
      // neither the default of 5 days nor 5 wrapped around from 2^32 + 5: refused, and the report stays for review
      assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "return", "reviewComment",
          "Bổ sung số người tham dự tuyên truyền.", "newDueDays", days)))
          .hasMessageContaining("Hạn nộp lại (số ngày)");
    }
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    taskService.complete(review.getId(), Map.of("decision", "return", "reviewComment",
        "Bổ sung số người tham dự tuyên truyền.", "newDueDays", 5L));

    Task again = taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.USER_TASK_SUBMIT);
    // 5 days from 01/06 would be 06/06, before the plan's own 07/06: a return never shortens the deadline
    assertThat(again.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2026-06-07T23:59:00+07:00").toInstant()));
    assertThat(taskService.getVariableLocal(again.getId(), "modelsBuilt")).as("as people write it").isEqualTo("2");
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).contains("Báo cáo bị trả lại: Báo cáo 6 tháng đầu năm 2026 —"
        + " Ủy ban MTTQ Việt Nam phường Bình Lộc — KH số " + plan.numberAndSymbol());
    submitAt(binhloc, "2026-06-02T10:00:00+07:00", Map.of("propagandaParticipants", 300L));
    Task second = taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult();
    taskService.setAssignee(second.getId(), "dn.canbo");
    taskService.complete(second.getId(), Map.of("decision", "accept"));

    BpmnAwareTests.assertThat(binhloc).isEnded().hasPassed("endEvent_reportAccepted");
    ReportView accepted = reports.get(reportId);
    assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(accepted.figures()).containsEntry(Figure.MODELS_BUILT, 2L)
        .containsEntry(Figure.PROPAGANDA_PARTICIPANTS, 300L);
    assertThatThrownBy(() -> submission.submit(accepted.id(), Map.of("modelsBuilt", 3L), "dn-p-binhloc.canbo"))
        .hasMessageContaining("Báo cáo đang ở trạng thái «Đã được chấp nhận», không nộp lại được.");
  }

  @Test
  void remindersAreMailedToTheUnitsStaff() throws Exception {
    GreenMail mail = TestMailServer.server();
    mail.purgeEmailFromAllMailboxes();
    openPeriod("2026-05-08T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR);

    noticesAt(binhloc, "2026-05-31T08:00:00+07:00");

    String subject = "Còn 7 ngày để nộp báo cáo 6 tháng đầu năm 2026 (KH số " + plan.numberAndSymbol() + ")";
    MimeMessage sent = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return subject.equals(m.getSubject());
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    assertThat(java.util.Arrays.stream(sent.getAllRecipients()).map(Object::toString))
        .contains("dn-p-binhloc.canbo@sangtao.example");
    assertThat((String) sent.getContent()).contains("Hạn nộp: ngày 07/06/2026.");
  }

  @Test
  void aMailServerThatIsDownNeverFailsTheReportTheReminderBecomesAnIncident() {
    openPeriod("2026-05-08T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR);
    GreenMail mail = TestMailServer.server();
    mail.stop();
    try {
      ZonedDateTime time = ZonedDateTime.parse("2026-05-31T08:00:00+07:00");
      moveClockTo(time);
      var management = processEngine.getManagementService();
      for (int attempt = 0; attempt < 10; attempt++) {
        var job = management.createJobQuery().processInstanceId(binhloc.getId()).executable().singleResult();
        if (job == null) {
          break;
        }
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // the mail server is down: the engine keeps the job and retries it later
        }
        time = time.plusMinutes(11);
        moveClockTo(time);
      }
      assertThat(runtimeService.createIncidentQuery().processInstanceId(binhloc.getId()).count()).isEqualTo(1);
      assertThat(taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult()
          .getTaskDefinitionKey()).as("the report still waits for the unit").isEqualTo(PeriodicReportProcess.USER_TASK_SUBMIT);
      assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).as("nothing half-sent").isEmpty();
    } finally {
      mail.reset();
    }
    var failed = processEngine.getManagementService().createJobQuery().processInstanceId(binhloc.getId())
        .withException().singleResult();
    processEngine.getManagementService().setJobRetries(failed.getId(), 1);
    processEngine.getManagementService().executeJob(failed.getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(binhloc.getId()).count()).isZero();
    assertThat(noticesTo(binhloc, "dn-p-binhloc.staff")).hasSize(1);
  }

  @Test
  void negativeOrNonNumericFiguresAreRefusedAndTheTaskStays() {
    openPeriod("2026-05-08T08:00:00+07:00");
    ProcessInstance binhloc = reportOf("dn-p-binhloc", ReportPeriod.HALF_YEAR);

    assertThatThrownBy(() -> submitAt(binhloc, "2026-06-01T10:00:00+07:00",
        Map.of("propagandaSessions", -1L, "resourcesVnd", "nhiều")))
        .hasMessageContaining("Số buổi tuyên truyền không được âm.")
        .hasMessageContaining("Nguồn lực vận động (đồng) «nhiều» không phải số nguyên.");
    assertThat(taskService.createTaskQuery().processInstanceId(binhloc.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(PeriodicReportProcess.USER_TASK_SUBMIT);
    assertThat(reports.get(reportIdOf(binhloc)).status()).isEqualTo(ReportStatus.OPEN);
  }

  @Test
  void aPlanAskingForAPhaseSummaryOpensItAfterTheAnnualReportAndRemindsOnThePlansOwnDays() {
    PlanIssuanceStarter.Started started = starter.start(new PlanRequest("dn", "Kế hoạch tổng kết phong trào", 2026,
        null, null, null, null, null, null, null, null, null, null, null, null, null, WARDS, List.of(), null, null,
        2022, LocalDate.of(2026, 12, 15), List.of(2, 10)), "dn.canbo");
    Task approval = taskService.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
    taskService.setAssignee(approval.getId(), "dn.lanhdao");
    taskService.complete(approval.getId(), Map.of("decision", "approve"));
    executeDueJobs(started.processInstanceId());
    plan = planService.get(started.plan().id());
    assertThat(plan.reportReminderDays()).containsExactly(10, 2);
    schedule = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.SCHEDULE_KEY)
        .variableValueEquals(PeriodicReportProcess.VAR_PLAN_ID, plan.id()).singleResult();

    openPeriod("2026-05-08T08:00:00+07:00");
    openPeriod("2026-10-13T08:00:00+07:00");
    assertThat(reportOf("dn-p-binhloc", ReportPeriod.ANNUAL)).isNotNull();
    BpmnAwareTests.assertThat(schedule).isActive();
    openPeriod("2026-11-15T07:59:00+07:00");
    String key = "Báo cáo tổng kết giai đoạn 2022 – 2026 — dn-p-binhloc — KH số " + plan.businessKey();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    openPeriod("2026-11-15T08:00:00+07:00");
    ProcessInstance summary = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
        .singleResult();
    BpmnAwareTests.assertThat(schedule).isEnded();
    Task task = taskService.createTaskQuery().processInstanceId(summary.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Báo cáo tổng kết giai đoạn 2022 – 2026 — Ủy ban MTTQ Việt Nam phường Bình"
        + " Lộc — KH số " + plan.numberAndSymbol());
    assertThat(task.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2026-12-15T23:59:00+07:00").toInstant()));
    assertThat((String) taskService.getVariableLocal(task.getId(), "narrative"))
        .startsWith("Từ ngày 01/01/2022 đến ngày 15/12/2026");

    for (String at : List.of("2026-12-05T07:59:00+07:00", "2026-12-05T08:00:00+07:00", "2026-12-08T08:00:00+07:00",
        "2026-12-13T08:00:00+07:00")) {
      noticesAt(summary, at);
    }
    String what = "báo cáo tổng kết giai đoạn 2022 – 2026 (KH số " + plan.numberAndSymbol() + ")";
    assertThat(noticesTo(summary, "dn-p-binhloc.staff")).containsExactly("Còn 10 ngày để nộp " + what,
        "Còn 2 ngày để nộp " + what);
    assertThat(reports.reportOf(plan.id(), "dn-p-binhloc", "PHASE_SUMMARY")).isEqualTo(reportIdOf(summary));
  }

  @Test
  void aPhaseSummaryOfAPlanThatDoesNotAskForOneIsRefused() {
    assertThatThrownBy(() -> reports.reportOf(plan.id(), "dn-p-binhloc", "PHASE_SUMMARY"))
        .hasMessageContaining("Kế hoạch số " + plan.numberAndSymbol() + " không yêu cầu báo cáo tổng kết giai đoạn.");
    assertThat(plan.asksForSummary()).isFalse();
    assertThat(plan.reportReminderDays()).containsExactly(7, 3, 1);
  }
}
