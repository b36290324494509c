package vn.mttq.sangtao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A ward's plan issued as its people do it: drafted by the ward's staff over {@code /api/plans} (no information
 * recipients: its member organisations implement it), approved by the ward's leader, and the cascade's jobs run.
 */
public final class WardPlanIssuance {

  private WardPlanIssuance() {
  }

  /** Issues the plan and returns the id of its issuance process instance. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static String issue(TestRestTemplate rest, TaskService tasks, ManagementService management, String ward,
      String title, int year) {
    ResponseEntity<Map> created = rest.withBasicAuth(ward + ".canbo", "demo").postForEntity("/api/plans",
        Map.of("issuingUnitCode", ward, "title", title, "year", year, "informationRecipients", List.of()), Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    String issuance = (String) created.getBody().get("processInstanceId");
    Task approval = tasks.createTaskQuery().processInstanceId(issuance).singleResult();
    tasks.setAssignee(approval.getId(), ward + ".lanhdao");
    tasks.complete(approval.getId(), Map.of("decision", "approve"));
    EngineJobs.runDue(management);
    return issuance;
  }
}
