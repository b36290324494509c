package vn.mttq.sangtao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.support.WebappSession;

/**
 * Notices over HTTP as the people of a ward read them: a notice to the ward's leaders is unread for each leader
 * until that leader reads it, links the plan it is about, and nobody marks read what is not theirs.
 */
@SpringTest
class NoticeInboxTest {

  @Autowired
  NoticeService notices;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aNoticeIsReadByEachReaderForThemselvesAndLinksItsDocument() throws Exception {
    notices.notifyGroup("dn-p-baovinh.leaders", null, "PLAN_RECEIVED", "KH số 9/KH-MTTQ-BTT (để biết)",
        "«Kế hoạch thử thông báo» của Ủy ban MTTQ Việt Nam tỉnh Đồng Nai.", "plan:9", null);
    Http leader = Http.as(rest, "dn-p-baovinh.lanhdao");
    Http otherWard = Http.as(rest, "dn-p-binhloc.lanhdao");
    long before = unread(leader);
    JsonNode latest = json.readTree(leader.get("/api/notices?limit=1").getBody()).get(0);
    assertThat(latest.path("title").asText()).isEqualTo("KH số 9/KH-MTTQ-BTT (để biết)");
    assertThat(latest.path("read").asBoolean()).isFalse();
    assertThat(latest.path("link").asText()).isEqualTo("/api/plans/9/document.pdf");
    assertThat(latest.path("linkLabel").asText()).isEqualTo("Xem kế hoạch");

    long otherBefore = unread(otherWard);
    assertThat(otherWard.post("/api/notices/read", "{\"ids\":[" + latest.path("id").asLong() + "]}")
        .getStatusCode().value()).isEqualTo(200);
    assertThat(unread(leader)).as("another ward cannot mark it read").isEqualTo(before);
    assertThat(unread(otherWard)).isEqualTo(otherBefore);

    JsonNode answer = json.readTree(leader.post("/api/notices/read", "{\"ids\":[" + latest.path("id").asLong()
        + "]}").getBody());
    assertThat(answer.path("unread").asLong()).isEqualTo(before - 1);
    assertThat(json.readTree(leader.get("/api/notices?limit=1").getBody()).get(0).path("read").asBoolean()).isTrue();
  }

  private long unread(Http user) throws Exception {
    return json.readTree(user.get("/api/notices/unread").getBody()).path("unread").asLong();
  }

  @Test
  void tasklistsSessionMarksReadOnlyWithItsOwnAntiForgeryToken() throws Exception {
    notices.notifyGroup("dn-p-longkhanh.leaders", null, "PLAN_RECEIVED", "KH số 10/KH-MTTQ-BTT (để biết)",
        "«Kế hoạch thử phiên đăng nhập».", "plan:10", null);
    Long id = json.readTree(Http.as(rest, "dn-p-longkhanh.lanhdao").get("/api/notices?limit=1").getBody()).get(0)
        .path("id").asLong();
    WebappSession tasklist = WebappSession.signIn(rest, "tasklist", "dn-p-longkhanh.lanhdao", "demo");
    String body = "{\"ids\":[" + id + "]}";
    int before = jdbc.queryForObject("select count(*) from notice_read", Integer.class);

    assertThat(tasklist.postForged("/api/notices/read", body, null, null).getStatusCode().value()).isEqualTo(401);
    assertThat(tasklist.postForged("/api/notices/read", body, "not-the-token", null).getStatusCode().value())
        .isEqualTo(401);
    assertThat(tasklist.postForged("/api/notices/read", body, tasklist.token(), "https://evil.example")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(Http.as(rest, null).post("/api/notices/read", body).getStatusCode().value()).as("anonymous")
        .isEqualTo(401);
    var malformed = Http.as(rest, "dn-p-longkhanh.lanhdao").post("/api/notices/read", "{\"ids\":[\"một\"]}");
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(malformed.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(jdbc.queryForObject("select count(*) from notice_read", Integer.class)).as("nothing marked")
        .isEqualTo(before);

    assertThat(tasklist.post("/api/notices/read", body).getStatusCode().value()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from notice_read where notice_id = ? and user_id = ?",
        Integer.class, id, "dn-p-longkhanh.lanhdao")).isEqualTo(1);
  }
}
