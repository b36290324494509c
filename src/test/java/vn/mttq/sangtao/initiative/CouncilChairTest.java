package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.mttq.sangtao.shared.security.PersonNames;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;

/**
 * Who judges an initiative, over HTTP as the committee's leaders and the members would: a citizen's initiative is
 * judged by the leader of the ward they live in, as chair; a chair who withdraws is replaced and the minutes name
 * who actually chaired; a council the rules refuse is refused with the rule's message at every door.
 */
@SpringTest
class CouncilChairTest {

  private static final String WARD = "dn-p-longkhanh";

  private static final String CITIZEN_ADDRESS = "203.0.113.19";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aCitizensInitiativeIsJudgedByItsWardsOwnLeaderAsChair() {
    Map<String, Object> initiative = citizensInitiative("Tủ sách dùng chung ở nhà văn hóa");
    Number id = (Number) initiative.get("id");

    ResponseEntity<Map> named = nameCouncil(id, List.of(WARD + ".lanhdao", "dn.lanhdao", "dn-p-binhloc.lanhdao"),
        WARD + ".lanhdao");
    assertThat(named.getStatusCode()).as(String.valueOf(named.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) named.getBody().get("voters")).containsExactly(WARD + ".lanhdao", "dn.lanhdao",
        "dn-p-binhloc.lanhdao");
    for (String member : List.of(WARD + ".lanhdao", "dn.lanhdao", "dn-p-binhloc.lanhdao")) {
      assertThat(vote(id, member, ballot()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    EngineJobs.runDue(managementService);

    Map<String, Object> minutes = rest.withBasicAuth(WARD + ".lanhdao", "demo")
        .getForObject("/api/initiatives/" + id + "/minutes", Map.class);
    assertThat(minutes).containsEntry("chair", nameOf(WARD + ".lanhdao")).containsEntry("votesCast", 3);
    assertThat((List<?>) minutes.get("membersRecused")).isEmpty();
  }

  @Test
  void aChairWhoWithdrawsIsReplacedAndTheMinutesAreSignedByTheReplacement() {
    Number id = (Number) citizensInitiative("Góc đổi đồ cũ lấy cây xanh").get("id");
    List<String> members = List.of("dn.lanhdao", "dn-p-binhloc.lanhdao", "dn-p-baovinh.lanhdao", WARD + ".lanhdao");
    assertThat(nameCouncil(id, members, "dn.lanhdao").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Integer noticesBefore = leadersNotices();

    Map<String, Object> withdrawal = new HashMap<>(Map.of("recuse", true, "recusalReason",
        "Tác giả là người thân trong gia đình."));
    assertThat(vote(id, "dn.lanhdao", withdrawal).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(leadersNotices()).as("the ward's leaders are told").isEqualTo(noticesBefore + 1);
    ResponseEntity<Map> closeByFormerChair = rest.withBasicAuth("dn.lanhdao", "demo")
        .postForEntity("/api/initiatives/" + id + "/council/close", null, Map.class);
    assertThat((List<String>) closeByFormerChair.getBody().get("errors"))
        .containsExactly("Chỉ chủ tịch hội đồng được kết thúc bỏ phiếu.");

    ResponseEntity<Map> byStaff = rest.withBasicAuth(WARD + ".canbo", "demo").postForEntity("/api/initiatives/" + id
        + "/council/chair", Map.of("chair", "dn-p-baovinh.lanhdao"), Map.class);
    assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> byAnotherWard = rest.withBasicAuth("dn-p-binhloc.lanhdao", "demo").postForEntity(
        "/api/initiatives/" + id + "/council/chair", Map.of("chair", "dn-p-baovinh.lanhdao"), Map.class);
    assertThat(byAnotherWard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/initiatives/" + id + "/council/chair", Map.of("chair",
        "dn-p-baovinh.lanhdao"), Map.class).getStatusCode()).as("anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> malformed = Http.as(rest, WARD + ".lanhdao").post("/api/initiatives/" + id
        + "/council/chair", "{\"chair\": [1, 2]}");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(jdbc.queryForObject("select user_id from council_member where initiative_id = ? and chair",
        String.class, id.longValue())).as("the chair passed to the next member, nobody else named")
        .isEqualTo("dn-p-binhloc.lanhdao");
    ResponseEntity<Map> withdrawn = rest.withBasicAuth(WARD + ".lanhdao", "demo").postForEntity("/api/initiatives/"
        + id + "/council/chair", Map.of("chair", "dn.lanhdao"), Map.class);
    assertThat((List<String>) withdrawn.getBody().get("errors"))
        .containsExactly("Thành viên đã rút lui không làm chủ tịch hội đồng được.");
    ResponseEntity<Map> chosen = rest.withBasicAuth(WARD + ".lanhdao", "demo").postForEntity("/api/initiatives/" + id
        + "/council/chair", Map.of("chair", "dn-p-baovinh.lanhdao"), Map.class);
    assertThat(chosen.getStatusCode()).as(String.valueOf(chosen.getBody())).isEqualTo(HttpStatus.OK);

    for (String member : members.subList(1, 4)) {
      assertThat(vote(id, member, ballot()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    EngineJobs.runDue(managementService);
    Map<String, Object> minutes = rest.withBasicAuth(WARD + ".lanhdao", "demo")
        .getForObject("/api/initiatives/" + id + "/minutes", Map.class);
    assertThat(minutes).containsEntry("chair", nameOf("dn-p-baovinh.lanhdao")).containsEntry("votesCast", 3)
        .containsEntry("eligibleMembers", 3);
    assertThat((List<String>) minutes.get("membersRecused"))
        .containsExactly(nameOf("dn.lanhdao") + " (Tác giả là người thân trong gia đình.)");
  }

  @Test
  void aCouncilTheRulesRefuseIsRefusedWithTheRulesMessageThroughTheEngineRestApi() {
    Number id = (Number) citizensInitiative("Bảng tin điện tử của khu phố").get("id");
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(trackingCode(id))
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_NAME_COUNCIL).singleResult();
    Http leader = Http.as(rest, WARD + ".lanhdao");
    assertThat(leader.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + WARD + ".lanhdao\"}")
        .getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> ofTwo = leader.post("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"councilMembers\":{\"value\":\"dn.lanhdao\\ndn-p-binhloc.lanhdao\"},"
            + "\"councilChair\":{\"value\":\"dn.lanhdao\"},\"votingDays\":{\"value\":7}}}");

    assertThat(ofTwo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ofTwo.getBody()).contains("Hội đồng phải có ít nhất 3 thành viên.");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still waiting").isEqualTo(1);
  }

  private Map<String, Object> citizensInitiative(String title) {
    Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", "Tóm tắt: " + title,
        "description", "Cách làm: " + title + ", do người dân tự quản.", "contentArea", "POLITICAL_SYSTEM",
        "authorKind", "INDIVIDUAL", "authorNames", "Phạm Thị Thu", "authorUnitCode", WARD,
        "submitterName", "Phạm Thị Thu", "submitterPhone", "0913 222 333"));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("initiative", new HttpEntity<>(body, json));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    // a citizen's own address, as the trusted reverse proxy passes it on (the public limits count per address)
    headers.set("X-Forwarded-For", CITIZEN_ADDRESS);
    Map<String, Object> receipt = rest.postForEntity("/public/api/initiatives", new HttpEntity<>(parts, headers),
        Map.class).getBody();
    String code = (String) receipt.get("trackingCode");
    Task check = taskService.createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_PRE_CHECK).singleResult();
    taskService.setAssignee(check.getId(), WARD + ".canbo");
    taskService.complete(check.getId(), Map.of("outcome", "COUNCIL"));
    Long id = jdbc.queryForObject("select id from initiative where tracking_code = ?", Long.class, code);
    return Map.of("id", id, "trackingCode", code);
  }

  private String trackingCode(Number id) {
    return jdbc.queryForObject("select tracking_code from initiative where id = ?", String.class, id.longValue());
  }

  private ResponseEntity<Map> nameCouncil(Number id, List<String> members, String chair) {
    return rest.withBasicAuth(WARD + ".lanhdao", "demo").postForEntity("/api/initiatives/" + id + "/council",
        Map.of("members", members, "chair", chair, "votingDays", 7), Map.class);
  }

  private ResponseEntity<Map> vote(Number id, String member, Map<String, Object> ballot) {
    return rest.withBasicAuth(member, "demo").postForEntity("/api/initiatives/" + id + "/votes", ballot, Map.class);
  }

  private static Map<String, Object> ballot() {
    Map<String, Object> ballot = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      ballot.put(criterion.metField(), true);
      ballot.put(criterion.commentField(), "Đạt yêu cầu");
    }
    ballot.put("score", 80);
    return ballot;
  }

  private Integer leadersNotices() {
    return jdbc.queryForObject("select count(*) from notice where recipient_group = ?", Integer.class,
        WARD + ".leaders");
  }

  private String nameOf(String userId) {
    return PersonNames.fullName(identityService.createUserQuery().userId(userId).singleResult());
  }
}
