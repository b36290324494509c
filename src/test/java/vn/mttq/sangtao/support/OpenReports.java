package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** A unit's report task, opened the way the movement opens it: by a province's plan and the engine clock. */
public final class OpenReports {

  private OpenReports() {
  }

  /**
   * The province (dn) drafts a plan for {@code year} addressed to {@code unit} on 1 March, its leader approves it,
   * the cascade runs, and on 8 May the half-year report opens for the unit; the clock is real again afterwards.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void halfYear(TestRestTemplate rest, TaskService tasks, ManagementService jobs, String unit, int year,
      String title) {
    try {
      at(year + "-03-01T09:00:00+07:00");
      ResponseEntity<Map> created = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans", Map.of(
          "issuingUnitCode", "dn", "title", title, "year", year, "implementRecipients", List.of(unit),
          "informationRecipients", List.of()), Map.class);
      assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
      Task approval = tasks.createTaskQuery().processInstanceId((String) created.getBody().get("processInstanceId"))
          .singleResult();
      tasks.setAssignee(approval.getId(), "dn.lanhdao");
      tasks.complete(approval.getId(), Map.of("decision", "approve"));
      EngineJobs.runDue(jobs);
      at(year + "-05-08T08:00:00+07:00");
      EngineJobs.runDue(jobs);
    } finally {
      ClockUtil.reset();
    }
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
