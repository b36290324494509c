package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.plan.PlanIssuanceStarter;
import vn.mttq.sangtao.plan.PlanRequest;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresTestDatabase;

/**
 * Reminders that fell due while the application was stopped: after the restart the job executor sends the latest
 * one due, once, and the next reminder waits for its own day.
 */
class ReportRestartIT {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }

  @Test
  void aReminderDueWhileStoppedIsSentOnceAfterTheRestart() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded()) {
      Long reportId;
      try (ConfigurableApplicationContext first = BenchmarkApp.start(postgres, true)) {
        at("2028-03-01T09:00:00+07:00");
        PlanIssuanceStarter.Started started = first.getBean(PlanIssuanceStarter.class).start(new PlanRequest("dn",
            "Kế hoạch trước khi dừng máy", 2028, null, null, null, null, null, null, null, null, null, null, null,
            null, null, List.of("dn-p-binhloc"), List.of(), null, null), "dn.canbo");
        TaskService tasks = first.getBean(TaskService.class);
        Task approval = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
        tasks.setAssignee(approval.getId(), "dn.lanhdao");
        tasks.complete(approval.getId(), Map.of("decision", "approve"));
        ManagementService management = first.getBean(ManagementService.class);
        EngineJobs.runDue(management);
        at("2028-05-08T08:00:00+07:00");
        EngineJobs.runDue(management);
        reportId = first.getBean(ReportRepository.class).findAll().stream()
            .filter(r -> r.getPlanId().equals(started.plan().id())).findFirst().orElseThrow().getId();
      }

      // stopped over the 7-day (31/05) and 3-day (04/06) reminders; the 1-day one (06/06) is still ahead
      at("2028-06-05T09:00:00+07:00");
      try (ConfigurableApplicationContext second = BenchmarkApp.start(postgres, true,
          "--camunda.bpm.job-execution.enabled=true")) {
        NoticeService notices = second.getBean(NoticeService.class);
        ManagementService management = second.getBean(ManagementService.class);
        String reference = "report:" + reportId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
            .until(() -> !notices.about(reference).isEmpty());
        String instance = second.getBean(ReportRepository.class).findById(reportId).orElseThrow()
            .getProcessInstanceId();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> management
            .createJobQuery().processInstanceId(instance).timers().list().stream()
            .anyMatch(j -> j.getDuedate().toInstant().equals(ZonedDateTime.parse("2028-06-06T08:00:00+07:00")
                .toInstant())));

        assertThat(notices.about(reference)).extracting(NoticeService.NoticeView::title).containsExactly(
            "Còn 3 ngày để nộp báo cáo 6 tháng đầu năm 2028 (KH số " + second.getBean(
                vn.mttq.sangtao.plan.PlanService.class).get(second.getBean(ReportRepository.class).findById(reportId)
                .orElseThrow().getPlanId()).numberAndSymbol() + ")");
        assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isZero();
      }
    }
  }
}
