package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.support.WebappSession;

/**
 * Cockpit's list of a model's running instances runs our copy of its query (see the comment in
 * {@code org/camunda/bpm/cockpit/plugin/base/queries/processInstance.xml}): it must be the copy the class path gives,
 * made from the file this Camunda version ships, and answer for every leader exactly what the engine's own instance
 * query answers them.
 */
@SpringTest
class CockpitInstanceQueryTest {

  private static final String QUERY = "org/camunda/bpm/cockpit/plugin/base/queries/processInstance.xml";
  /** SHA-256 of the file camunda-webapp 7.24.0 ships, which our copy changes. */
  private static final String SHIPPED = "02e14371a4e3e04eebb6a80df77c1689f09334ee1e4169043c9c11262724cae5";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repositoryService;

  private String definition;
  private String province;
  private String ward;
  private String sibling;

  @BeforeEach
  void threeUnitsDraft() throws Exception {
    province = draft("dn.canbo", "dn", "Kế hoạch của tỉnh");
    ward = draft("dn-p-longkhanh.canbo", "dn-p-longkhanh", "Kế hoạch của phường Long Khánh");
    sibling = draft("dn-p-binhloc.canbo", "dn-p-binhloc", "Kế hoạch của phường Bình Lộc");
    definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("planIssuance")
        .latestVersion().singleResult().getId();
  }

  private String draft(String staff, String unit, String title) throws Exception {
    ResponseEntity<String> answer = Http.as(rest, staff).post("/api/plans", "{\"issuingUnitCode\":\"" + unit
        + "\",\"title\":\"" + title + "\",\"year\":2028,\"basis\":\"Căn cứ\",\"purposes\":\"Mục đích\"}");
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return JSON.readTree(answer.getBody()).path("processInstanceId").asText();
  }

  @Test
  void theClassPathGivesOurCopyMadeFromTheShippedFile() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources(QUERY));
    assertThat(copies).hasSize(2);
    assertThat(read(copies.get(0))).as("ours first: %s", copies.get(0)).contains("sangtao");
    assertThat(copies.get(1).toString()).contains("camunda-webapp");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
        read(copies.get(1)).getBytes(StandardCharsets.UTF_8))))
        .as("Camunda changed the shipped query: redo our change on its new text, then pin the new file")
        .isEqualTo(SHIPPED);
    assertThat(Cockpit.getRuntimeDelegate().getClass().getName()).as("Cockpit's queries use the engine's managers")
        .endsWith("CockpitQueries$Delegate");
  }

  @Test
  void eachLeaderSeesInCockpitWhatTheEngineShowsThem() throws Exception {
    Set<String> wardLeader = cockpit("dn-p-longkhanh.lanhdao", "demo");
    assertThat(wardLeader).contains(ward).doesNotContain(province, sibling)
        .isEqualTo(engine("dn-p-longkhanh.lanhdao", "demo"));
    Set<String> siblingLeader = cockpit("dn-p-binhloc.lanhdao", "demo");
    assertThat(siblingLeader).contains(sibling).doesNotContain(province, ward)
        .isEqualTo(engine("dn-p-binhloc.lanhdao", "demo"));
    Set<String> provinceLeader = cockpit("dn.lanhdao", "demo");
    assertThat(provinceLeader).contains(province, ward, sibling).isEqualTo(engine("dn.lanhdao", "demo"));
    Set<String> admin = cockpit("admin", "admin");
    assertThat(admin).containsAll(provinceLeader).isEqualTo(engine("admin", "admin"));
  }

  /** The instances of the plan model on Cockpit's instance list, after checking its count says the same. */
  private Set<String> cockpit(String user, String password) throws Exception {
    WebappSession session = WebappSession.signIn(rest, "cockpit", user, password);
    String base = "/camunda/api/cockpit/plugin/base/default/process-instance";
    String query = "{\"processDefinitionId\":\"" + definition + "\",\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}";
    ResponseEntity<String> list = session.post(base + "?firstResult=0&maxResults=500", query);
    assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
    Set<String> ids = ids(list.getBody());
    ResponseEntity<String> count = session.post(base + "/count", query);
    assertThat(JSON.readTree(count.getBody()).path("count").asInt()).as(count.getBody()).isEqualTo(ids.size());
    return ids;
  }

  /** The same model's running instances through the engine REST API, as the same user. */
  private Set<String> engine(String user, String password) throws Exception {
    ResponseEntity<String> list = Http.as(rest.withBasicAuth(user, password), null)
        .get("/engine-rest/process-instance?processDefinitionId=" + definition + "&maxResults=500");
    assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
    return ids(list.getBody());
  }

  private static Set<String> ids(String body) throws Exception {
    Set<String> ids = new TreeSet<>();
    for (JsonNode instance : JSON.readTree(body)) {
      ids.add(instance.path("id").asText());
    }
    return ids;
  }

  private static String read(URL url) throws Exception {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
