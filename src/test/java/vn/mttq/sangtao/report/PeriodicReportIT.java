package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresIT;

/** A half-year cycle on PostgreSQL: a province and three wards, one of them late, through the API. */
@PostgresIT
class PeriodicReportIT {

  private static final List<String> WARDS = List.of("dn-p-binhloc", "dn-p-baovinh", "dn-p-longkhanh");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }

  @Test
  void threeWardsReportTheHalfYearOneLateAndTheProvinceConsolidates() {
    at("2028-03-01T09:00:00+07:00");
    ResponseEntity<Map> created = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans", Map.of(
        "issuingUnitCode", "dn", "title", "Kế hoạch năm 2028 có báo cáo định kỳ", "year", 2028,
        "implementRecipients", WARDS, "informationRecipients", List.of()), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number planId = (Number) ((Map<?, ?>) created.getBody().get("plan")).get("id");
    Task approval = taskService.createTaskQuery()
        .processInstanceId((String) created.getBody().get("processInstanceId")).singleResult();
    taskService.setAssignee(approval.getId(), "dn.lanhdao");
    taskService.complete(approval.getId(), Map.of("decision", "approve"));
    EngineJobs.runDue(managementService);

    ResponseEntity<Map> tooEarly = submit(planId, "dn-p-binhloc", Map.of("propagandaSessions", 1));
    assertThat((List<String>) tooEarly.getBody().get("errors")).singleElement().asString()
        .startsWith("Báo cáo 6 tháng đầu năm 2028 chưa mở");
    at("2028-05-08T08:00:00+07:00");
    EngineJobs.runDue(managementService);

    at("2028-06-01T10:00:00+07:00");
    assertThat(submit(planId, "dn-p-binhloc", Map.of("propagandaSessions", 10, "propagandaParticipants", 400,
        "resourcesVnd", 2_500_000)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    at("2028-06-07T23:00:00+07:00");
    ResponseEntity<Map> onTheDay = submit(planId, "dn-p-longkhanh", Map.of("propagandaSessions", 6,
        "propagandaParticipants", 250, "modelsBuilt", 1));
    assertThat(onTheDay.getBody()).containsEntry("late", false);
    at("2028-06-08T10:00:00+07:00");
    ResponseEntity<Map> late = submit(planId, "dn-p-baovinh", Map.of("propagandaSessions", 4,
        "propagandaParticipants", 90));
    assertThat(late.getBody()).containsEntry("late", true).containsEntry("statusLabel", "Đã nộp, chờ xem xét");

    List<Task> reviews = taskService.createTaskQuery().taskDefinitionKey(PeriodicReportProcess.USER_TASK_REVIEW)
        .taskCandidateGroup("dn.staff").list().stream().filter(t -> t.getName().contains("2028")).toList();
    assertThat(reviews).hasSize(3);
    for (Task review : reviews) {
      taskService.setAssignee(review.getId(), "dn.canbo");
      taskService.complete(review.getId(), Map.of("decision", "accept"));
    }

    Map<String, Object> consolidated = rest.withBasicAuth("dn.lanhdao", "demo")
        .getForObject("/api/reports/consolidated?unit=dn&period=HALF_YEAR&year=2028", Map.class);
    assertThat(consolidated).containsEntry("accepted", 3);
    assertThat((Map<String, Object>) consolidated.get("totals")).containsEntry("PROPAGANDA_SESSIONS", 20)
        .containsEntry("PROPAGANDA_PARTICIPANTS", 740).containsEntry("MODELS_BUILT", 1)
        .containsEntry("RESOURCES_VND", 2_500_000);
    assertThat((List<Map<String, Object>>) consolidated.get("late")).extracting(l -> l.get("unitCode"))
        .containsExactly("dn-p-baovinh");
    assertThat((List<?>) consolidated.get("missing")).isEmpty();
  }

  private ResponseEntity<Map> submit(Number planId, String unit, Map<String, Object> figures) {
    Map<String, Object> body = new java.util.HashMap<>(figures);
    body.put("planId", planId);
    body.put("unitCode", unit);
    body.put("period", "HALF_YEAR");
    return rest.withBasicAuth(unit + ".canbo", "demo").postForEntity("/api/reports", body, Map.class);
  }
}
