package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.PlanFixtures;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.TaskOutsiders;

/**
 * On PostgreSQL, over the engine REST API with the demo users: one task of each process, as the application opens
 * it for a unit — a recipient's acknowledgement, a report to submit, an initiative's pre-check, an award proposal's
 * check, an assessment's list — is attacked by a sibling unit, a unit below, the level above (which reads but does
 * not act) and an anonymous caller: read, variables, claim, hand-over, complete, submit-form, comments, attachments,
 * identity links, BPMN errors. Nothing is let through and nothing changes; the unit's own staff still claim it.
 */
@PostgresIT
class TaskIsolationIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;

  private Http as(String user) {
    return Http.as(rest, user);
  }

  /** Every way in to one task, tried by each outsider; then its own staff member claims it and gives it back. */
  private void onlyItsOwnUnitWorksOn(Task task, String owner, List<String> outsiders) {
    onlyItsOwnUnitWorksOn(task, owner, outsiders, List.of());
  }

  /** The same, with the leaders above, who read the task (as they read its instance) and do nothing else with it. */
  private void onlyItsOwnUnitWorksOn(Task task, String owner, List<String> outsiders, List<String> supervisors) {
    new TaskOutsiders(rest, jdbc).onlyItsOwnUserWorksOn(task, owner, outsiders, supervisors, "{}");
  }

  private Task taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private String group(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
  }

  private static String id(ResponseEntity<String> answer, String field) throws Exception {
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    return JSON.readTree(answer.getBody()).path(field).asText();
  }

  @Test
  void aRecipientsAcknowledgementIsTheRecipientsAlone() throws Exception {
    String issuance = JSON.readTree(as("dn.canbo").post("/api/plans", """
        {"issuingUnitCode":"dn","title":"Kế hoạch của tỉnh gửi các phường","year":2027,"basis":"Căn cứ",
         "purposes":"Mục đích"}""").getBody()).path("processInstanceId").asText();
    Task approval = taskOf(issuance);
    assertThat(as("dn.lanhdao").post("/engine-rest/task/" + approval.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}").getStatusCode().value()).isEqualTo(204);
    EngineJobs.runDue(managementService);
    Task acknowledge = taskService.createTaskQuery().taskCandidateGroup("dn-p-longkhanh.staff")
        .taskDefinitionKey("userTask_acknowledgeReceipt").list().stream().findFirst().orElseThrow();

    onlyItsOwnUnitWorksOn(acknowledge, "dn-p-longkhanh.canbo",
        java.util.Arrays.asList("dn-p-binhloc.canbo", "dn-p-longkhanh-kp1.canbo", "dn.canbo", "dn-p-binhloc.lanhdao",
            "dn-p-longkhanh-kp1.lanhdao", null),
        List.of("dn-p-longkhanh.lanhdao", "dn.lanhdao", "vn.lanhdao"));
  }

  @Test
  void aUnitsReportIsItsStaffsToSubmit() {
    PlanFixtures plans = new PlanFixtures(jdbc);
    Long plan = plans.issuedPlan("dn", LocalDate.of(2030, 1, 5), "Kế hoạch có báo cáo");
    Long report = plans.report(plan, "dn-p-longkhanh", "dn", "HALF_YEAR", 2030, LocalDate.of(2030, 6, 7), "OPEN",
        false);
    String instance = runtimeService.startProcessInstanceByKey("periodicReport", Map.of("reportId", report)).getId();
    jdbc.update("update report set process_instance_id = ? where id = ?", instance, report);

    onlyItsOwnUnitWorksOn(taskOf(instance), "dn-p-longkhanh.canbo",
        java.util.Arrays.asList("dn-p-binhloc.canbo", "dn-p-longkhanh-kp1.canbo", "dn.canbo", "dn.lanhdao", null));
  }

  @Test
  void anInitiativesPreCheckIsTheReceivingCommitteesStaffs() throws Exception {
    String initiative = id(as("dn-p-longkhanh.canbo").post("/api/initiatives", """
        {"title":"Sổ tay điện tử cho tổ dân phố","summary":"Tóm tắt","description":"Mô tả chi tiết của sáng kiến",
         "contentArea":"POLITICAL_SYSTEM","authorKind":"INDIVIDUAL","authorNames":"Trần Văn Nam",
         "authorUnitCode":"dn-p-longkhanh-kp1"}"""), "trackingCode");
    Task preCheck = taskService.createTaskQuery().processInstanceBusinessKey(initiative).singleResult();
    assertThat(group(preCheck)).isEqualTo("dn-p-longkhanh.staff");

    onlyItsOwnUnitWorksOn(preCheck, "dn-p-longkhanh.canbo",
        java.util.Arrays.asList("dn-p-binhloc.canbo", "dn-p-longkhanh-kp1.canbo", "dn.canbo", null));
  }

  @Test
  void anAwardProposalsCheckIsTheCheckingLevelsStaffs() throws Exception {
    String proposal = id(as("dn-p-longkhanh.canbo").post("/api/awards", """
        {"proposerUnitCode":"dn-p-longkhanh","nomineeKind":"COLLECTIVE","nomineeUnitCode":"dn-p-longkhanh-hnd",
         "awardForm":"COMMENDATION","achievements":"Tích cực tham gia phong trào","evidence":[]}"""), "id");
    Task check = taskService.createTaskQuery().processVariableValueEquals("proposalId", Long.valueOf(proposal))
        .singleResult();
    String owner = group(check).replace(".staff", ".canbo");

    onlyItsOwnUnitWorksOn(check, owner,
        java.util.Arrays.asList("dn-p-binhloc.canbo", "dn-p-longkhanh-hnd.canbo", "vn.canbo", null));
  }

  @Test
  void anAssessmentsListIsTheCommitteesStaffs() throws Exception {
    String assessment = id(as("dn.canbo").post("/api/assessments",
        "{\"unitCode\":\"dn\",\"fromYear\":2026,\"toYear\":2026}"), "id");
    Task edit = taskService.createTaskQuery().processVariableValueEquals("assessmentId", Long.valueOf(assessment))
        .singleResult();
    assertThat(group(edit)).isEqualTo("dn.staff");

    onlyItsOwnUnitWorksOn(edit, "dn.canbo",
        java.util.Arrays.asList("dn-p-longkhanh.canbo", "vn.canbo", "dn-p-longkhanh.lanhdao", null),
        List.of("dn.lanhdao", "vn.lanhdao"));
  }
}
