package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresIT;

/** A full review on PostgreSQL: submitted through the API, checked, judged by three members, decided, applied. */
@PostgresIT
class InitiativeReviewIT {

  private static final List<String> MEMBERS = List.of("dn.lanhdao", "dn-p-binhloc.lanhdao", "dn-p-baovinh.lanhdao");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  @Test
  void threeMembersRecogniseAnInitiativeAndItEntersTheRegistry() {
    ResponseEntity<Map> submitted = rest.withBasicAuth("dn-p-longkhanh-kp1.canbo", "demo").postForEntity(
        "/api/initiatives", Map.of("title", "Hòm thư góp ý bằng mã QR ở nhà văn hóa khu phố",
            "summary", "Người dân quét mã QR để góp ý cho Ban công tác Mặt trận.",
            "description", "Dán mã QR tại nhà văn hóa; góp ý về thẳng nhóm của Ban công tác Mặt trận.",
            "contentArea", "POLITICAL_SYSTEM", "authorKind", "COLLECTIVE",
            "authorNames", "Ban công tác Mặt trận khu phố 1", "authorUnitCode", "dn-p-longkhanh-kp1"), Map.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number id = (Number) submitted.getBody().get("id");
    String code = (String) submitted.getBody().get("trackingCode");

    Task check = task(code, InitiativeReviewProcess.USER_TASK_PRE_CHECK);
    assertThat(check.getName()).contains(code);
    complete(check, "dn-p-longkhanh.canbo", Map.of("outcome", "COUNCIL"));
    ResponseEntity<Map> tooSmall = rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo").postForEntity(
        "/api/initiatives/" + id + "/council", Map.of("members", MEMBERS.subList(0, 2), "chair", "dn.lanhdao"),
        Map.class);
    assertThat(tooSmall.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) tooSmall.getBody().get("errors")).containsExactly(
        "Hội đồng phải có ít nhất 3 thành viên.");
    ResponseEntity<Map> named = rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo").postForEntity(
        "/api/initiatives/" + id + "/council", Map.of("members", MEMBERS, "chair", "dn.lanhdao", "votingDays", 7),
        Map.class);
    assertThat(named.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) named.getBody().get("voters")).containsExactlyInAnyOrderElementsOf(MEMBERS);

    ResponseEntity<Map> notMember = vote(id, "dn-p-longkhanh.canbo", ballot(true));
    assertThat(notMember.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notMember.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<String>) notMember.getBody().get("errors")).containsExactly(
        "«dn-p-longkhanh.canbo» không phải thành viên hội đồng xét sáng kiến này.");
    Map<String, Object> incomplete = ballot(true);
    incomplete.remove("economyMet");
    assertThat((List<String>) vote(id, "dn.lanhdao", incomplete).getBody().get("errors")).containsExactly(
        "Hãy đánh giá tiêu chí «Tính kinh tế»: đạt hay không đạt.");
    for (String member : MEMBERS) {
      assertThat(vote(id, member, ballot(true)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    assertThat((List<String>) vote(id, "dn.lanhdao", ballot(false)).getBody().get("errors")).containsExactly(
        "Thành viên này đã bỏ phiếu.");
    EngineJobs.runDue(managementService);
    assertThat((List<String>) vote(id, "dn.lanhdao", ballot(false)).getBody().get("errors")).containsExactly(
        "Hội đồng đã kết thúc bỏ phiếu, không nhận thêm phiếu.");

    Map<String, Object> minutes = rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo")
        .getForObject("/api/initiatives/" + id + "/minutes", Map.class);
    assertThat(minutes).containsEntry("recognised", true).containsEntry("votesCast", 3)
        .containsEntry("eligibleMembers", 3).containsEntry("decision", "Công nhận sáng kiến");
    assertThat((List<?>) minutes.get("membersPresent")).hasSize(3);
    String printable = rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo")
        .getForObject("/api/initiatives/" + id + "/minutes.html", String.class);
    assertThat(printable).contains("BIÊN BẢN HỌP HỘI ĐỒNG XÉT SÁNG KIẾN").contains(code)
        .contains("Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Đồng Nai")
        .contains("Kết luận: Công nhận sáng kiến");

    complete(task(code, InitiativeReviewProcess.USER_TASK_PROPOSE), "dn-p-longkhanh.lanhdao", Map.of("propose", "no"));
    ResponseEntity<Map> applied = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity(
        "/api/initiatives/" + id + "/applications", Map.of("unitCode", "dn-p-binhloc",
            "appliedFrom", BusinessTime.today().toString(), "result", "Nhận 40 góp ý trong tháng đầu."), Map.class);
    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> twice = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity(
        "/api/initiatives/" + id + "/applications", Map.of("unitCode", "dn-p-binhloc",
            "appliedFrom", LocalDate.now().minusDays(1).toString()), Map.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Map<String, Object> registry = rest.getForObject("/public/api/registry?unit=dn&contentArea=POLITICAL_SYSTEM"
        + "&year=" + BusinessTime.today().getYear(), Map.class);
    assertThat((List<Map<String, Object>>) registry.get("items")).anySatisfy(item -> assertThat(item)
        .containsEntry("trackingCode", code).containsEntry("statusLabel", "Được công nhận")
        .containsEntry("applications", 1).doesNotContainKey("submitterPhone"));
    assertThat(rest.getForEntity("/public/api/registry?contentArea=SPORT", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getForObject("/public/api/initiatives/" + code, Map.class))
        .containsEntry("statusLabel", "Được công nhận");
  }

  private ResponseEntity<Map> vote(Number id, String member, Map<String, Object> ballot) {
    return rest.withBasicAuth(member, "demo").postForEntity("/api/initiatives/" + id + "/votes", ballot, Map.class);
  }

  private static Map<String, Object> ballot(boolean met) {
    Map<String, Object> ballot = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      ballot.put(criterion.metField(), met);
      ballot.put(criterion.commentField(), met ? "Đạt yêu cầu" : "Chưa đạt");
    }
    ballot.put("score", 85);
    return ballot;
  }

  private Task task(String trackingCode, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trackingCode).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(Task task, String userId, Map<String, Object> values) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), values);
  }
}
