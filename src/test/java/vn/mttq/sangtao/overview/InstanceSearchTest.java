package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;

/**
 * The supervisor's instance search over HTTP: a ward's plan is found by its number and by a unit's name by that
 * ward and the province above it, never by a sibling ward; bad searches are told why.
 */
@SpringTest
class InstanceSearchTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aWardsPlanIsFoundInItsLineOnly() throws Exception {
    ResponseEntity<String> created = Http.as(rest, "dn-p-baovinh.canbo").post("/api/plans", json.writeValueAsString(
        Map.of("issuingUnitCode", "dn-p-baovinh", "title", "Kế hoạch tìm kiếm thử năm 2032", "year", 2032,
            "informationRecipients", List.of())));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String instance = json.readTree(created.getBody()).path("processInstanceId").asText();
    Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.setAssignee(approval.getId(), "dn-p-baovinh.lanhdao");
    taskService.complete(approval.getId(), Map.of("decision", "approve"));
    EngineJobs.runDue(managementService);

    JsonNode byUnit = search("dn.lanhdao", "doan tncs ho chi minh phuong bao vinh");
    assertThat(byUnit.path("readAs").asText()).startsWith("Đơn vị: ").contains("Đoàn TNCS Hồ Chí Minh phường Bảo Vinh");
    JsonNode mine = null;
    for (JsonNode found : byUnit.path("instances")) {
      if (found.path("businessKey").asText().contains("(2032) — dn-p-baovinh — dn-p-baovinh-doan")) {
        mine = found;
      }
    }
    assertThat(mine).as(byUnit.toString()).isNotNull();
    String key = mine.path("businessKey").asText();
    String number = key.substring(0, key.indexOf("/KH") + 3);
    assertThat(mine.path("state").asText()).isEqualTo("Đang chạy");
    assertThat(mine.path("openTasks").asLong()).isEqualTo(1);
    assertThat(mine.path("cockpitLink").asText()).startsWith("#/process-instance/");

    for (String reader : List.of("dn.lanhdao", "dn-p-baovinh.lanhdao", "dn-p-baovinh.canbo")) {
      JsonNode answer = search(reader, number);
      assertThat(keys(answer)).as(reader + " " + answer).contains(key);
    }
    JsonNode below = search("dn-p-baovinh-doan.lanhdao", number);
    assertThat(keys(below)).as("a unit below sees its own instance, not the ward's").contains(key)
        .allMatch(k -> k.endsWith(" — dn-p-baovinh-doan"));
    JsonNode sibling = search("dn-p-binhloc.lanhdao", number);
    assertThat(keys(sibling)).as("a sibling ward sees none of it").noneMatch(k -> k.contains("dn-p-baovinh"));
    assertThat(keys(search("dn-p-binhloc.lanhdao", "bao vinh"))).isEmpty();

    ResponseEntity<String> other = Http.as(rest, "dn-p-binhloc.lanhdao")
        .get("/api/overview/instances?q=" + number + "&unit=dn-p-baovinh");
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> tooShort = Http.as(rest, "dn.lanhdao").get("/api/overview/instances?q=1");
    assertThat(tooShort.getStatusCode().value()).isEqualTo(400);
    assertThat(tooShort.getBody()).contains("ít nhất 2 ký tự");
    ResponseEntity<String> tooLong = Http.as(rest, "dn.lanhdao").get("/api/overview/instances?q=" + "x".repeat(101));
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLong.getBody()).contains("dài quá 100 ký tự");
    assertThat(Http.as(rest, null).get("/api/overview/instances?q=" + number).getStatusCode().value())
        .isEqualTo(401);
  }

  private JsonNode search(String user, String query) throws Exception {
    ResponseEntity<String> answer = Http.as(rest, user).get("/api/overview/instances?q=" + query);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private static List<String> keys(JsonNode answer) {
    List<String> keys = new java.util.ArrayList<>();
    answer.path("instances").forEach(i -> keys.add(i.path("businessKey").asText()));
    return keys;
  }
}
