package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.WebappSession;

/**
 * On PostgreSQL, through the engine REST API that Tasklist and Cockpit use, with the demo users: the province drafts a
 * plan; a ward below it, a sibling ward and an anonymous caller try to do the province's work, forge what a process
 * trusts, and read what is not theirs. Every attempt is refused and leaves the rows as they were; the province's own
 * people still do their work, and the line above them still sees it.
 */
@PostgresIT
class EngineIsolationIT {

  static final String PROVINCE = "dn";
  static final String PROVINCE_STAFF = "dn.canbo";
  static final String PROVINCE_LEADER = "dn.lanhdao";
  static final String CENTRAL_LEADER = "vn.lanhdao";
  static final String WARD = "dn-p-longkhanh";
  static final String WARD_STAFF = "dn-p-longkhanh.canbo";
  static final String WARD_LEADER = "dn-p-longkhanh.lanhdao";
  static final String SIBLING_LEADER = "dn-p-binhloc.lanhdao";
  static final String SIBLING_STAFF = "dn-p-binhloc.canbo";
  static final List<String> OUTSIDERS = List.of(WARD_LEADER, WARD_STAFF, SIBLING_LEADER, SIBLING_STAFF);
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  long planId;
  String instanceId;
  Task approval;

  @BeforeEach
  void theProvinceDraftsAPlan() throws Exception {
    ResponseEntity<String> drafted = as(PROVINCE_STAFF).post("/api/plans", """
        {"issuingUnitCode":"dn","title":"Kế hoạch của tỉnh, chưa duyệt","year":2027,
         "basis":"Căn cứ Kế hoạch của Ủy ban Trung ương","purposes":"Mục đích của tỉnh"}""");
    assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
    JsonNode body = JSON.readTree(drafted.getBody());
    planId = body.path("plan").path("id").asLong();
    instanceId = body.path("processInstanceId").asText();
    approval = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("userTask_approvePlan");
  }

  private Http as(String user) {
    return Http.as(rest, user);
  }

  /** What an attack could change: plans and their texts, instances, tasks, comments, attachments, variables. */
  private Map<String, Object> rows() {
    return jdbc.queryForMap("""
        select (select count(*) from plan) plans,
               (select string_agg(title || '|' || coalesce(plan_number, 0) || '|' || status, ',' order by id)
                  from plan) texts,
               (select count(*) from act_hi_procinst) instances,
               (select count(*) from act_ru_task) tasks,
               (select string_agg(coalesce(assignee_, '-'), ',' order by id_) from act_ru_task) assignees,
               (select count(*) from act_ru_identitylink) links,
               (select count(*) from act_hi_comment) comments,
               (select string_agg(message_, '|' order by id_) from act_hi_comment) commentTexts,
               (select count(*) from act_hi_attachment) attachments,
               (select count(*) from act_ru_variable) variables,
               (select count(*) from act_ru_authorization) grants""");
  }

  /** Refused, and nothing of the province's told: 400 "no task found" (not visible), 401, 403 or 404. */
  private static void refused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(400, 401, 403, 404);
    assertThat(String.valueOf(answer.getBody())).doesNotContain("Cần xem lại mục II", "du-thao.pdf",
        "Kế hoạch của tỉnh");
  }

  @Test
  void nobodyStartsAProcessForAnotherUnitsRecordOrForgesWhatItTrusts() {
    Map<String, Object> before = rows();
    for (String user : OUTSIDERS) {
      // the province's draft, under the ward's name: the approval would go to the ward's leaders
      ResponseEntity<String> foreignDraft = as(user).post("/engine-rest/process-definition/key/planIssuance/start",
          "{\"variables\":{\"planId\":{\"value\":" + planId + ",\"type\":\"Long\"},"
              + "\"issuingUnitCode\":{\"value\":\"" + WARD + "\"}}}");
      assertThat(foreignDraft.getStatusCode().value()).isEqualTo(403);
      assertThat(foreignDraft.getBody()).contains("«planId»");
      // a forged or empty initiator, to pass as the province's staff
      for (String initiator : List.of("\"dn.canbo\"", "null")) {
        ResponseEntity<String> forged = as(user).post("/engine-rest/process-definition/key/planIssuance/start",
            "{\"variables\":{\"initiator\":{\"value\":" + initiator + "},\"issuingUnitCode\":{\"value\":\"dn\"},"
                + "\"title\":{\"value\":\"Giả mạo\"},\"year\":{\"value\":2027,\"type\":\"Integer\"}}}");
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(forged.getBody()).contains("«initiator»");
      }
      // Tasklist's own start form, with the same forged values
      ResponseEntity<String> viaForm = as(user).post(
          "/engine-rest/process-definition/key/planIssuance/submit-form",
          "{\"variables\":{\"planId\":{\"value\":" + planId + ",\"type\":\"Long\"}}}");
      assertThat(viaForm.getStatusCode().value()).isEqualTo(403);
      // straight to issuing, skipping the approval
      ResponseEntity<String> skipping = as(user).post("/engine-rest/process-definition/key/planIssuance/start",
          "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"serviceTask_issuePlan\"}],"
              + "\"variables\":{}}");
      assertThat(skipping.getStatusCode().value()).isEqualTo(403);
      // a business key of the province's plan, to be found in its place
      refused(as(user).post("/engine-rest/process-definition/key/planIssuance/start",
          "{\"businessKey\":\"1/KH-MTTQ-BTT — dn\",\"variables\":{}}"));
      // the application's own processes, and duplicates of other units' records
      for (String own : List.of("planImplementation", "periodicReport", "planReporting", "planDeadlineWatch",
          "yearlyAssessments")) {
        refused(as(user).post("/engine-rest/process-definition/key/" + own + "/start", "{\"variables\":{}}"));
      }
      refused(as(user).post("/engine-rest/process-definition/key/initiativeReview/start",
          "{\"variables\":{\"initiativeId\":{\"value\":1,\"type\":\"Long\"}}}"));
      refused(as(user).post("/engine-rest/process-definition/key/awardProposal/start",
          "{\"variables\":{\"proposalId\":{\"value\":1,\"type\":\"Long\"}}}"));
      refused(as(user).post("/engine-rest/process-definition/key/annualAssessment/start",
          "{\"variables\":{\"assessmentId\":{\"value\":1,\"type\":\"Long\"}}}"));
    }
    refused(as(null).post("/engine-rest/process-definition/key/planIssuance/start", "{\"variables\":{}}"));

    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void theProvincesApprovalIsTheProvinceLeadersAloneWhateverTheDoor() {
    String task = "/engine-rest/task/" + approval.getId();
    // the rightful leader comments and attaches, so that there is something to read and delete
    assertThat(as(PROVINCE_LEADER).post(task + "/comment/create", "{\"message\":\"Cần xem lại mục II\"}")
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> attached = as(PROVINCE_LEADER).attach(task + "/attachment/create", "du-thao.pdf",
        "%PDF-1.4 dự thảo".getBytes());
    assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(200);
    String attachment = task + "/attachment/" + readId(attached);
    String comment = taskService.getTaskComments(approval.getId()).get(0).getId();
    String instanceComments = "/engine-rest/process-instance/" + instanceId + "/comment";
    Map<String, Object> before = rows();

    for (String user : OUTSIDERS) {
      Http outsider = as(user);
      refused(outsider.get(task));
      refused(outsider.get(task + "/variables"));
      refused(outsider.get(task + "/form-variables"));
      refused(outsider.post(task + "/claim", "{\"userId\":\"" + user + "\"}"));
      refused(outsider.post(task + "/assignee", "{\"userId\":\"" + user + "\"}"));
      refused(outsider.post(task + "/complete", "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}"));
      refused(outsider.post(task + "/submit-form", "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}"));
      refused(outsider.post(task + "/variables", "{\"modifications\":{\"issuingUnitCode\":{\"value\":\"" + WARD
          + "\"}}}"));
      refused(outsider.put(task + "/localVariables/decision", "{\"value\":\"approve\"}"));
      refused(outsider.post(task + "/identity-links", "{\"groupId\":\"" + WARD + ".leaders\",\"type\":\"candidate\"}"));
      refused(outsider.post(task + "/bpmnError", "{\"errorCode\":\"ERR_ANY\"}"));
      refused(outsider.post(task + "/comment/create", "{\"message\":\"Tôi duyệt thay\"}"));
      refused(outsider.get(task + "/comment"));
      refused(outsider.get(task + "/comment/" + comment));
      refused(outsider.put(task + "/comment", "{\"id\":\"" + comment + "\",\"message\":\"Đồng ý\"}"));
      refused(outsider.delete(task + "/comment/" + comment));
      refused(outsider.delete(task + "/comment"));
      refused(outsider.put(instanceComments, "{\"id\":\"" + comment + "\",\"message\":\"Đồng ý\"}"));
      refused(outsider.delete(instanceComments + "/" + comment));
      refused(outsider.delete(instanceComments));
      refused(outsider.attach(task + "/attachment/create", "gia-mao.pdf", "%PDF-1.4".getBytes()));
      refused(outsider.get(task + "/attachment"));
      refused(outsider.get(attachment));
      refused(outsider.get(attachment + "/data"));
      refused(outsider.delete(attachment));
      assertThat(outsider.get("/engine-rest/task?processInstanceId=" + instanceId).getBody()).isEqualTo("[]");
      assertThat(outsider.get("/engine-rest/history/task?processInstanceId=" + instanceId).getBody()).isEqualTo("[]");
    }
    refused(as(null).get(task));
    refused(as(null).post(task + "/comment/create", "{\"message\":\"ẩn danh\"}"));

    // the province's own leader may not carry what the form does not ask, nor hand the task outside the unit
    ResponseEntity<String> extra = as(PROVINCE_LEADER).post(task + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"approve\"},\"planId\":{\"value\":1,\"type\":\"Long\"}}}");
    assertThat(extra.getStatusCode().value()).isEqualTo(403);
    assertThat(extra.getBody()).contains("«planId»");
    refused(as(PROVINCE_LEADER).post(task + "/assignee", "{\"userId\":\"" + WARD_LEADER + "\"}"));
    assertThat(rows()).isEqualTo(before);

    // and still does the work: reads the attachment, claims and approves
    assertThat(as(PROVINCE_LEADER).get(attachment + "/data").getStatusCode().value()).isEqualTo(200);
    assertThat(as(PROVINCE_LEADER).post(task + "/claim", "{\"userId\":\"" + PROVINCE_LEADER + "\"}")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(as(PROVINCE_LEADER).post(task + "/submit-form", "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).as("approved, off to issuing")
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ = ?", Long.class,
        instanceId)).isEqualTo(1L);
  }

  @Test
  void cockpitAndHistoryShowEachLeaderTheirLineAndNothingElse() {
    String one = "processInstanceIds=" + instanceId;
    for (String user : List.of(PROVINCE_LEADER, CENTRAL_LEADER)) {
      assertThat(as(user).get("/engine-rest/process-instance/count?" + one).getBody()).isEqualTo("{\"count\":1}");
      assertThat(as(user).get("/engine-rest/history/process-instance/count?" + one).getBody())
          .isEqualTo("{\"count\":1}");
      assertThat(as(user).get("/engine-rest/process-instance/" + instanceId + "/variables").getBody())
          .contains("planId");
      assertThat(as(user).get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId).getBody())
          .contains("planId");
    }
    for (String user : OUTSIDERS) {
      assertThat(as(user).get("/engine-rest/process-instance/count?" + one).getBody()).isEqualTo("{\"count\":0}");
      assertThat(as(user).get("/engine-rest/history/process-instance/count?" + one).getBody())
          .isEqualTo("{\"count\":0}");
      refused(as(user).get("/engine-rest/process-instance/" + instanceId + "/variables"));
      refused(as(user).get("/engine-rest/process-instance/" + instanceId + "/comment"));
      assertThat(as(user).get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId).getBody())
          .isEqualTo("[]");
      assertThat(as(user).get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId).getBody())
          .isEqualTo("[]");
    }

    // the ward's own plan: its leaders and the province see it, the sibling ward does not
    ResponseEntity<String> wardPlan = as(WARD_STAFF).post("/engine-rest/process-definition/key/planIssuance/submit-form",
        "{\"variables\":{\"title\":{\"value\":\"Kế hoạch của phường\"},\"year\":{\"value\":2027,\"type\":\"Long\"},"
            + "\"basis\":{\"value\":\"Căn cứ kế hoạch của tỉnh\"},\"purposes\":{\"value\":\"Mục đích\"}}}");
    assertThat(wardPlan.getStatusCode().value()).as(wardPlan.getBody()).isEqualTo(200);
    String ward = "processInstanceIds=" + readId(wardPlan);
    for (String user : List.of(WARD_LEADER, PROVINCE_LEADER, CENTRAL_LEADER)) {
      assertThat(as(user).get("/engine-rest/process-instance/count?" + ward).getBody()).isEqualTo("{\"count\":1}");
    }
    assertThat(as(SIBLING_LEADER).get("/engine-rest/process-instance/count?" + ward).getBody())
        .isEqualTo("{\"count\":0}");
    assertThat(as(SIBLING_LEADER).get("/engine-rest/history/process-instance/count?" + ward).getBody())
        .isEqualTo("{\"count\":0}");
  }

  /** Tasklist's own API, as the browser calls it: the session of a signed-in user and the XSRF token it was given. */
  @Test
  void tasklistsOwnApiWithASessionAndItsXsrfTokenIsRefusedTheSame() {
    WebappSession tasklist = WebappSession.signIn(rest, "tasklist", WARD_LEADER, "demo");
    Map<String, Object> before = rows();

    String engine = "/camunda/api/engine/engine/default";
    ResponseEntity<String> forgedStart = tasklist.post(engine + "/process-definition/key/planIssuance/submit-form",
        "{\"variables\":{\"planId\":{\"value\":" + planId + ",\"type\":\"Long\"},\"initiator\":{\"value\":"
            + "\"dn.canbo\"}}}");
    assertThat(forgedStart.getStatusCode().value()).as(forgedStart.getBody()).isEqualTo(403);
    assertThat(forgedStart.getBody()).as("refused by the guard, past the XSRF check").contains("«initiator»",
        "«planId»");
    ResponseEntity<String> ownTasks = tasklist.get(engine + "/task?processInstanceId=" + instanceId);
    assertThat(ownTasks.getStatusCode().value()).as("the session works").isEqualTo(200);
    assertThat(ownTasks.getBody()).isEqualTo("[]");
    ResponseEntity<String> approve = tasklist.post(engine + "/task/" + approval.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}");
    refused(approve);
    assertThat(rows()).isEqualTo(before);
  }

  private static String readId(ResponseEntity<String> answer) {
    try {
      return JSON.readTree(answer.getBody()).path("id").asText();
    } catch (Exception e) {
      throw new AssertionError(answer.getBody(), e);
    }
  }
}
