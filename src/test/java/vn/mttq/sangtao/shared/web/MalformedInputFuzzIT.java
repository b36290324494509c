package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * Fields sent wrong the ways a client gets them wrong — null, a list holding null, an object, a list, a number, a NUL,
 * a million characters — over HTTP as the unit's own staff: never a 5xx, every refusal
 * {@code application/problem+json} in Vietnamese, and a refused request leaves no plan and no instance behind.
 * Every field of a plan draft; the codes of a report. Prints the count of answers per status.
 */
@PostgresIT
class MalformedInputFuzzIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String VALID = """
      {"issuingUnitCode":"dn","title":"Kế hoạch thử dữ liệu sai","year":2030,"basis":"Căn cứ",
       "purposes":"Mục đích","implementRecipients":["dn-p-longkhanh"],"subordinateCommitteeTasks":"Nhiệm vụ"}""";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  static List<JsonNode> wrongValues() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return List.of(f.nullNode(), f.arrayNode().addNull(), f.objectNode().put("x", 1), f.arrayNode().add("a"),
        f.numberNode(12345678901234567890.0), f.textNode("a\u0000b"), f.textNode("x".repeat(1_000_000)),
        f.textNode(""), f.booleanNode(true), f.numberNode(-1));
  }

  private long rows() {
    return jdbc.queryForObject("select (select count(*) from plan) + (select count(*) from act_hi_procinst)",
        Long.class);
  }

  @Test
  void aPlanDraftWithAnyFieldWrongIsRefusedInVietnameseAndLeavesNothing() throws Exception {
    ObjectNode valid = (ObjectNode) JSON.readTree(VALID);
    List<String> fields = new ArrayList<>();
    valid.fieldNames().forEachRemaining(fields::add);
    fields.addAll(List.of("symbol", "number", "implementationDays", "informationRecipients", "memberOrganisationTasks",
        "halfYearReportDue", "reportReminderDays", "summaryFromYear"));
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (String field : fields) {
      for (JsonNode wrong : wrongValues()) {
        ObjectNode body = valid.deepCopy();
        body.set(field, wrong);
        long before = rows();
        ResponseEntity<String> answer = Http.as(rest, "dn.canbo").post("/api/plans", JSON.writeValueAsString(body));
        int status = answer.getStatusCode().value();
        statuses.merge(status, 1, Integer::sum);
        String sent = field + " = " + abbreviated(wrong);
        if (status >= 500) {
          failures.add(sent + " → " + status + " " + abbreviated(answer.getBody()));
        } else if (status >= 400) {
          String type = String.valueOf(answer.getHeaders().getContentType());
          if (!type.startsWith("application/problem+json")) {
            failures.add(sent + " → " + status + " as " + type);
          } else if (JSON.readTree(answer.getBody()).path("detail").asText().isBlank()) {
            failures.add(sent + " → " + status + " without a detail");
          }
          if (rows() != before) {
            failures.add(sent + " → " + status + " but left rows behind");
          }
        }
      }
    }
    System.out.println("POST /api/plans, " + fields.size() * wrongValues().size() + " malformed drafts: " + statuses);
    assertThat(failures).isEmpty();
  }

  @Test
  void aReportWhoseCodesAreNotTextIsRefusedInVietnamese() throws Exception {
    for (String field : List.of("unitCode", "period")) {
      for (JsonNode wrong : List.of(JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.objectNode(),
          JsonNodeFactory.instance.arrayNode().add("dn"))) {
        ObjectNode body = JSON.createObjectNode().put("planId", 1).put("unitCode", "dn-p-longkhanh")
            .put("period", "HALF_YEAR");
        body.set(field, wrong);
        long before = rows();
        ResponseEntity<String> answer = Http.as(rest, "dn-p-longkhanh.canbo").post("/api/reports",
            JSON.writeValueAsString(body));
        assertThat(answer.getStatusCode().value()).as(field + " = " + wrong + ": " + answer.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).path("detail").asText()).contains("«" + field + "»");
        assertThat(rows()).isEqualTo(before);
      }
    }
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value);
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
  }
}
