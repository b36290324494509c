package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.SpringTest;

/**
 * The pre-check as staff and the public page as citizens see them: a copy that arrives while the pre-check waits is
 * among the similar initiatives when staff open it; the author of a duplicate is told which initiative it repeats,
 * with the registry entry of that one; a citizen of a residential area is shown under that area, not the ward.
 */
@SpringTest
class DuplicateToldWhichTest {

  private static final String AREA = "dn-p-longkhanh-kp1";
  private static final String TEXT = "Cử tri nhắn ý kiến qua nhóm Zalo của khu phố, tổ trưởng tổng hợp hằng tuần và"
      + " chuyển tới đại biểu Hội đồng nhân dân phường trước mỗi kỳ họp, có sổ theo dõi trả lời.";

  private static final String CITIZEN_ADDRESS = "203.0.113.18";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aCopyArrivingWhileThePreCheckWaitsIsShownWhenItIsOpenedAndItsAuthorIsToldWhichItRepeats() throws Exception {
    String first = submit("Sổ ghi ý kiến cử tri qua nhóm Zalo khu phố", TEXT);
    Task check = preCheck(first);
    String copy = submit("Sổ ghi ý kiến cử tri qua nhóm Zalo của khu phố", TEXT.replace("hằng tuần", "mỗi tuần"));

    Http staff = Http.as(rest, "dn-p-longkhanh.canbo");
    String similar = new ObjectMapper().readTree(staff.get("/engine-rest/task/" + check.getId()
        + "/form-variables").getBody()).path("similarInitiatives").path("value").asText();
    assertThat(similar).as("worked out when opened, not when registered").contains(copy);

    String recognised = new InitiativeFixtures(jdbc).recognised("Sổ ghi ý kiến cử tri của khu phố", "Lê Văn Tâm",
        AREA, "dn-p-longkhanh", ZonedDateTime.now().minusMonths(3));
    Task copyCheck = preCheck(copy);
    taskService.setAssignee(copyCheck.getId(), "dn-p-longkhanh.canbo");
    taskService.complete(copyCheck.getId(), Map.of("outcome", "NOT_NEW", "earlierTrackingCode", recognised));

    Map<String, Object> status = rest.getForObject("/public/api/initiatives/" + copy, Map.class);
    assertThat(status).containsEntry("statusLabel", "Không xét: trùng với sáng kiến đã có")
        .containsEntry("repeats", "Trùng với sáng kiến «Sổ ghi ý kiến cử tri của khu phố» (mã " + recognised + ").")
        .containsEntry("repeatsRegistryLink", "/sang-kien/cong-nhan.html?ma=" + recognised);
    Map<String, Object> entry = rest.getForObject("/public/api/registry?trackingCode=" + recognised, Map.class);
    assertThat((List<Map<String, Object>>) entry.get("items")).singleElement()
        .satisfies(item -> assertThat(item).containsEntry("trackingCode", recognised));
  }

  @Test
  void aCitizenOfAResidentialAreaIsShownUnderThatAreaInTheRegistry() {
    List<Map<String, Object>> places = rest.getForObject("/public/api/units?q=khu pho 1, phuong long khanh",
        List.class);
    assertThat(places).extracting(p -> p.get("code")).contains(AREA);
    String code = submit("Tủ thuốc dùng chung của khu phố", "Mỗi hộ góp một ít thuốc thông dụng vào tủ chung ở nhà"
        + " văn hóa, có người trực và sổ ghi.");
    jdbc.update("update initiative set status = 'RECOGNISED', decided_at = current_timestamp where tracking_code = ?",
        code);

    Map<String, Object> entry = rest.getForObject("/public/api/registry?trackingCode=" + code, Map.class);
    assertThat((List<Map<String, Object>>) entry.get("items")).singleElement().satisfies(item -> assertThat(item)
        .containsEntry("authorUnitName", "Ban công tác Mặt trận khu phố 1, phường Long Khánh")
        .containsEntry("receivingUnitName", "Ủy ban MTTQ Việt Nam phường Long Khánh"));
  }

  private String submit(String title, String description) {
    Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", title, "description", description,
        "contentArea", "POLITICAL_SYSTEM", "authorKind", "INDIVIDUAL", "authorNames", "Đỗ Thị Hạnh",
        "authorUnitCode", AREA, "submitterName", "Đỗ Thị Hạnh", "submitterPhone", "0914 555 666"));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("initiative", new HttpEntity<>(body, json));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    // a citizen's own address, as the trusted reverse proxy passes it on (the public limits count per address)
    headers.set("X-Forwarded-For", CITIZEN_ADDRESS);
    ResponseEntity<Map> receipt = rest.postForEntity("/public/api/initiatives", new HttpEntity<>(parts, headers),
        Map.class);
    assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
    assertThat(receipt.getBody()).containsEntry("receivingUnitName", "Ủy ban MTTQ Việt Nam phường Long Khánh");
    return (String) receipt.getBody().get("trackingCode");
  }

  private Task preCheck(String code) {
    return taskService.createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_PRE_CHECK).singleResult();
  }
}
