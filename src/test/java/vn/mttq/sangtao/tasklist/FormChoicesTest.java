package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;

/**
 * The pickers of Tasklist's forms over HTTP: a task's are read only by whom the model names for it, a start form's
 * are the person's own units and what lies below them, and nothing of another unit's work shows through.
 */
@SpringTest
class FormChoicesTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();

  /** An initiative received by the ward of Long Khánh, waiting for its leaders to name the council. */
  private Task nameCouncilTask(String title) throws Exception {
    Http staff = Http.as(rest, "dn-p-longkhanh.canbo");
    ResponseEntity<String> submitted = staff.post("/api/initiatives", json.writeValueAsString(Map.of(
        "title", title, "summary", "Tóm tắt: " + title, "description", "Cách làm: " + title,
        "contentArea", "POLITICAL_SYSTEM", "authorKind", "INDIVIDUAL", "authorNames", "Phạm Văn An",
        "authorUnitCode", "dn-p-longkhanh-kp1")));
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
    String trackingCode = json.readTree(submitted.getBody()).path("trackingCode").asText();
    Task preCheck = taskService.createTaskQuery().processInstanceBusinessKey(trackingCode)
        .taskDefinitionKey("userTask_preCheck").singleResult();
    taskService.setAssignee(preCheck.getId(), "dn-p-longkhanh.canbo");
    taskService.complete(preCheck.getId(), Map.of("outcome", "COUNCIL"));
    return taskService.createTaskQuery().processInstanceBusinessKey(trackingCode)
        .taskDefinitionKey("userTask_nameCouncil").singleResult();
  }

  private static List<String> values(JsonNode picker) {
    List<String> values = new ArrayList<>();
    picker.path("options").forEach(o -> values.add(o.path("value").asText()));
    return values;
  }

  @Test
  void theCouncilIsPickedFromTheWardsPeopleByNameAndOnlyItsLeadersSeeThem() throws Exception {
    Task task = nameCouncilTask("Sổ tay điện tử cho tổ dân phố");
    String path = "/api/tasks/" + task.getId() + "/choices";

    ResponseEntity<String> answer = Http.as(rest, "dn-p-longkhanh.lanhdao").get(path);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    JsonNode members = json.readTree(answer.getBody()).path("councilMembers");
    assertThat(members.path("multiple").asBoolean()).isTrue();
    assertThat(members.path("separator").asText()).isEqualTo("\n");
    assertThat(values(members)).contains("dn-p-longkhanh.lanhdao", "dn-p-longkhanh-hnd.lanhdao",
        "dn-p-longkhanh-phunu.canbo").noneMatch(v -> v.startsWith("dn-p-binhloc")).doesNotContain("dn.lanhdao");
    JsonNode farmers = null;
    for (JsonNode option : members.path("options")) {
      if (option.path("value").asText().equals("dn-p-longkhanh-hnd.lanhdao")) {
        farmers = option;
      }
    }
    assertThat(farmers).isNotNull();
    assertThat(farmers.path("label").asText()).isEqualTo("Lãnh đạo Hội Nông dân phường Long Khánh");
    assertThat(farmers.path("group").asText()).isEqualTo("Hội Nông dân phường Long Khánh");
    assertThat(farmers.path("search").asText()).contains("lanh dao hoi nong dan phuong long khanh");
    assertThat(json.readTree(answer.getBody()).path("councilChair").path("within").asText())
        .isEqualTo("councilMembers");

    for (String outsider : List.of("dn-p-binhloc.lanhdao", "dn-p-longkhanh-hnd.lanhdao", "dn-p-longkhanh.canbo",
        "dn.lanhdao")) {
      ResponseEntity<String> refused = Http.as(rest, outsider).get(path);
      assertThat(refused.getStatusCode().value()).as(outsider).isEqualTo(403);
      assertThat(refused.getBody()).contains("Việc này không phải của bạn").doesNotContain("Sổ tay điện tử",
          "dn-p-longkhanh-hnd");
    }
    assertThat(Http.as(rest, null).get(path).getStatusCode().value()).as("anonymous").isEqualTo(401);
    assertThat(Http.as(rest, "dn-p-longkhanh.lanhdao").get("/api/tasks/no-such-task/choices")
        .getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> unknown = Http.as(rest, "dn-p-longkhanh.lanhdao").get("/api/forms/noSuchForm/choices");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("Biểu mẫu «noSuchForm» không có danh sách để chọn.");
    ResponseEntity<String> tooLong = Http.as(rest, "dn-p-longkhanh.canbo").get("/api/forms/draftPlan/choices?"
        + "issuingUnitCode=" + "x".repeat(201));
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLong.getBody()).contains("dài quá 200 ký tự");
  }

  @Test
  void aPlansUnitsArePickedByNameFromTheIssuersOwnTree() throws Exception {
    JsonNode pickers = json.readTree(Http.as(rest, "dn-p-longkhanh.canbo").get("/api/forms/draftPlan/choices")
        .getBody());
    assertThat(values(pickers.path("issuingUnitCode"))).containsExactly("dn-p-longkhanh");
    JsonNode implement = pickers.path("implementRecipients");
    assertThat(implement.path("wholeGroups").asBoolean()).isTrue();
    assertThat(implement.path("emptyNote").asText()).contains("tất cả các đơn vị bên dưới");
    List<String> labels = new ArrayList<>();
    implement.path("options").forEach(o -> labels.add(o.path("group").asText() + ": " + o.path("label").asText()));
    // the member organisations in Vietnamese alphabetical order: Công đoàn, Đoàn, Hội Cựu chiến binh, …
    assertThat(labels).containsSubsequence("Tổ chức thành viên: Công đoàn phường Long Khánh",
        "Tổ chức thành viên: Đoàn TNCS Hồ Chí Minh phường Long Khánh",
        "Tổ chức thành viên: Hội Cựu chiến binh phường Long Khánh",
        "Tổ chức thành viên: Hội Liên hiệp Phụ nữ phường Long Khánh",
        "Tổ chức thành viên: Hội Nông dân phường Long Khánh");
    assertThat(values(pickers.path("reportToRecipients"))).startsWith("dn");
    assertThat(values(implement)).noneMatch(v -> v.startsWith("dn-p-binhloc"));

    // a ward's staff asking for another ward's units as the issuer gets only their own ward
    JsonNode asOther = json.readTree(Http.as(rest, "dn-p-longkhanh.canbo")
        .get("/api/forms/draftPlan/choices?issuingUnitCode=dn-p-binhloc").getBody());
    assertThat(values(asOther.path("issuingUnitCode"))).containsExactly("dn-p-longkhanh");
    assertThat(values(asOther.path("implementRecipients"))).noneMatch(v -> v.startsWith("dn-p-binhloc"));
  }

  @Test
  void anAwardsEvidenceIsOfferedOnlyForANomineeBelowTheProposer() throws Exception {
    Http staff = Http.as(rest, "dn-p-longkhanh.canbo");
    JsonNode own = json.readTree(staff.get("/api/forms/proposeAward/choices?nomineeUnitCode=dn-p-longkhanh-hnd"
        + "&nomineeKind=COLLECTIVE").getBody());
    assertThat(values(own.path("proposerUnitCode"))).containsExactly("dn-p-longkhanh");
    assertThat(values(own.path("nomineeUnitCode"))).contains("dn-p-longkhanh", "dn-p-longkhanh-hnd")
        .noneMatch(v -> v.startsWith("dn-p-binhloc"));
    assertThat(own.has("recognisedInitiatives")).isTrue();
    assertThat(own.has("reportIds")).isTrue();

    JsonNode other = json.readTree(staff.get("/api/forms/proposeAward/choices?nomineeUnitCode=dn-p-binhloc"
        + "&nomineeKind=COLLECTIVE").getBody());
    assertThat(other.has("recognisedInitiatives")).as("another ward's initiatives").isFalse();
    assertThat(other.has("reportIds")).as("another ward's reports").isFalse();
  }
}
