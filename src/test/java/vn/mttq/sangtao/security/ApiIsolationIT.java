package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PlanFixtures;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * On PostgreSQL, through the application's API with the demo users: a ward's plan, its report to the province, its
 * inspections and an initiative it received are read by the ward and the line above it, and by nobody else — not a
 * sibling ward, not a residential area below it, not an anonymous caller; writes for the ward by others change
 * nothing.
 */
@PostgresIT
class ApiIsolationIT {

  static final String WARD = "dn-p-longkhanh";
  static final List<String> LINE = List.of("dn-p-longkhanh.canbo", "dn-p-longkhanh.lanhdao", "dn.canbo",
      "dn.lanhdao", "vn.lanhdao");
  static final List<String> OTHERS = List.of("dn-p-binhloc.canbo", "dn-p-binhloc.lanhdao", "dn-p-longkhanh-kp1.canbo",
      "dn-p-longkhanh-kp1.lanhdao");
  static final String SECRET_AUTHOR = "Nguyễn Văn Riêng Tư";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  Long wardPlan;
  Long wardReport;
  Long initiative;

  @BeforeEach
  void theWardHasItsOwnWork() {
    PlanFixtures plans = new PlanFixtures(jdbc);
    wardPlan = plans.issuedPlan(WARD, LocalDate.of(2029, 1, 10), "Kế hoạch riêng của phường Long Khánh");
    Long provincePlan = plans.issuedPlan("dn", LocalDate.of(2029, 1, 5), "Kế hoạch của tỉnh năm 2029");
    wardReport = plans.report(provincePlan, WARD, "dn", "HALF_YEAR", 2029, LocalDate.of(2029, 6, 7), "SUBMITTED",
        false);
    jdbc.update("update report set narrative = 'Nhận xét nội bộ của phường' where id = ?", wardReport);
    jdbc.update("insert into inspection (inspecting_unit_id, inspected_unit_id, visit_date, findings, recorded_by,"
        + " recorded_at) values ((select id from unit where code = ?), (select id from unit where code = ?), ?,"
        + " 'Phát hiện nội bộ', 'dn-p-longkhanh.canbo', current_timestamp)", WARD, WARD + "-kp1",
        LocalDate.of(2029, 3, 1));
    String code = new InitiativeFixtures(jdbc).initiative("Sáng kiến riêng của phường", "INDIVIDUAL", SECRET_AUTHOR,
        WARD + "-kp1", WARD, "SUBMITTED", ZonedDateTime.now(BusinessTime.ZONE));
    initiative = jdbc.queryForObject("select id from initiative where tracking_code = ?", Long.class, code);
  }

  private List<String> reads() {
    return List.of("/api/plans/" + wardPlan, "/api/reports/" + wardReport,
        "/api/reports/consolidated?unit=" + WARD + "&period=HALF_YEAR&year=2029",
        "/api/reports/consolidated.xlsx?unit=" + WARD + "&period=HALF_YEAR&year=2029",
        "/api/reports/consolidated.docx?unit=" + WARD + "&period=HALF_YEAR&year=2029",
        "/api/inspections?unit=" + WARD, "/api/initiatives?unit=" + WARD, "/api/initiatives/" + initiative,
        "/api/initiatives/" + initiative + "/similar", "/api/initiatives/" + initiative + "/minutes",
        "/api/overview/task-groups?unit=" + WARD);
  }

  private Map<String, Object> rows() {
    return jdbc.queryForMap("""
        select (select count(*) from report) reports,
               (select string_agg(status || '|' || coalesce(narrative, ''), ',' order by id) from report) report_texts,
               (select count(*) from inspection) inspections,
               (select count(*) from initiative_application) applications,
               (select count(*) from plan) plans,
               (select count(*) from act_hi_procinst) instances""");
  }

  @Test
  void theWardsLineReadsItsWork() {
    for (String user : LINE) {
      for (String path : List.of("/api/plans/" + wardPlan, "/api/reports/" + wardReport, "/api/inspections?unit="
          + WARD, "/api/initiatives/" + initiative,
          "/api/overview/task-groups?unit=" + WARD)) {
        ResponseEntity<String> answer = Http.as(rest, user).get(path);
        assertThat(answer.getStatusCode().value()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(200);
      }
      assertThat(Http.as(rest, user).get("/api/initiatives?unit=" + WARD).getBody()).contains(SECRET_AUTHOR);
      assertThat(Http.as(rest, user).get("/api/reports/consolidated?unit=" + WARD + "&period=HALF_YEAR&year=2029")
          .getStatusCode().value()).isNotIn(401, 403);
    }
    assertThat(Http.as(rest, "dn-p-longkhanh.canbo").get("/api/initiatives").getBody()).as("the own unit by default")
        .contains(SECRET_AUTHOR);
    assertThat(Http.as(rest, "dn.lanhdao").get("/api/plans/" + wardPlan + "/progress").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void awardsAndAssessmentsAreTheirUnitsAndTheirLinesAlone() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String proposal = json.readTree(Http.as(rest, "dn-p-longkhanh.canbo").post("/api/awards", """
        {"proposerUnitCode":"dn-p-longkhanh","nomineeKind":"COLLECTIVE","nomineeUnitCode":"dn-p-longkhanh-ccb",
         "awardForm":"COMMENDATION","achievements":"Tích cực trong phong trào","evidence":[]}""").getBody())
        .path("id").asText();
    String assessment = json.readTree(Http.as(rest, "dn.canbo").post("/api/assessments",
        "{\"unitCode\":\"dn\",\"fromYear\":2025,\"toYear\":2025}").getBody()).path("id").asText();
    Map<String, Object> before = jdbc.queryForMap("""
        select (select count(*) from award_proposal) proposals, (select count(*) from award_action) actions,
               (select count(*) from award_decision) decisions, (select count(*) from assessment) assessments,
               (select count(*) from act_hi_procinst) instances""");

    for (String user : java.util.Arrays.asList("dn-p-binhloc.canbo", "dn-p-binhloc.lanhdao",
        "dn-p-longkhanh-kp1.canbo", null)) {
      Http other = Http.as(rest, user);
      int refused = user == null ? 401 : 403;
      assertThat(other.get("/api/awards/" + proposal).getStatusCode().value()).isEqualTo(refused);
      assertThat(other.get("/api/awards/" + proposal + "/certificate.pdf").getStatusCode().value())
          .isIn(refused, 400, 404);
      assertThat(other.post("/api/awards", """
          {"proposerUnitCode":"dn-p-longkhanh","nomineeKind":"COLLECTIVE","nomineeUnitCode":"dn-p-longkhanh-ccb",
           "awardForm":"COMMENDATION","achievements":"Giả mạo","evidence":[]}""").getStatusCode().value())
          .isEqualTo(refused);
      assertThat(other.post("/api/awards/" + proposal + "/revoke", "{\"reason\":\"Giả mạo\"}").getStatusCode()
          .value()).isIn(refused, 400);
      assertThat(other.get("/api/assessments/" + assessment).getStatusCode().value()).isEqualTo(refused);
      assertThat(other.post("/api/assessments", "{\"unitCode\":\"dn\",\"fromYear\":2024,\"toYear\":2024}")
          .getStatusCode().value()).isEqualTo(refused);
    }
    assertThat(jdbc.queryForMap("""
        select (select count(*) from award_proposal) proposals, (select count(*) from award_action) actions,
               (select count(*) from award_decision) decisions, (select count(*) from assessment) assessments,
               (select count(*) from act_hi_procinst) instances""")).isEqualTo(before);
    assertThat(Http.as(rest, "dn.lanhdao").get("/api/awards/" + proposal).getStatusCode().value()).isEqualTo(200);
    assertThat(Http.as(rest, "vn.lanhdao").get("/api/assessments/" + assessment).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void malformedAccessInputIsAnsweredInVietnameseAndSavesNothing() {
    long assessments = jdbc.queryForObject("select count(*) from assessment", Long.class);
    Http staff = Http.as(rest, "dn-p-longkhanh.canbo");
    for (ResponseEntity<String> answer : List.of(
        staff.get("/api/initiatives?unit=khong-co-don-vi-nay"),
        staff.get("/api/overview/task-groups?unit=khong-co-don-vi-nay"),
        staff.get("/api/overview/task-groups?unit=" + "x".repeat(300)),
        staff.get("/api/reports/consolidated?unit=%20&period=HALF_YEAR"),
        staff.post("/api/assessments", "{\"unitCode\":[\"dn-p-longkhanh\"],\"fromYear\":2025,\"toYear\":2025}"),
        staff.post("/api/assessments", "{\"unitCode\":"),
        Http.as(rest, null).post("/public/api/initiatives/SK-2222-2222/supplement", "{\"title\":"))) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isBetween(400, 499);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(org.springframework.http.MediaType
          .APPLICATION_PROBLEM_JSON);
      assertThat(answer.getBody()).containsPattern("[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]");
    }
    assertThat(jdbc.queryForObject("select count(*) from assessment", Long.class)).isEqualTo(assessments);
  }

  @Test
  void nobodyElseReadsItNorWritesForTheWard() {
    Map<String, Object> before = rows();
    for (String user : OTHERS) {
      Http other = Http.as(rest, user);
      for (String path : reads()) {
        ResponseEntity<String> answer = other.get(path);
        assertThat(answer.getStatusCode().value()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).doesNotContain(SECRET_AUTHOR, "Nhận xét nội bộ", "Phát hiện nội bộ",
            "Kế hoạch riêng");
      }
      assertThat(other.get("/api/plans/" + wardPlan + "/progress").getStatusCode().value()).isEqualTo(403);
      assertThat(other.get("/api/initiatives").getBody()).as("their own list holds nothing of the ward's")
          .doesNotContain(SECRET_AUTHOR);
      assertThat(other.post("/api/reports", "{\"planId\":" + wardPlan + ",\"unitCode\":\"" + WARD
          + "\",\"period\":\"HALF_YEAR\",\"propagandaSessions\":99}").getStatusCode().value()).isIn(400, 403);
      assertThat(other.post("/api/inspections", "{\"inspectingUnitCode\":\"" + WARD + "\",\"inspectedUnitCode\":\""
          + WARD + "-kp1\",\"visitDate\":\"2029-04-01\",\"findings\":\"Giả mạo\"}").getStatusCode().value())
          .isEqualTo(403);
      assertThat(other.post("/api/initiatives/" + initiative + "/applications", "{\"unitCode\":\"" + WARD
          + "\",\"appliedFrom\":\"2029-04-01\"}").getStatusCode().value()).isEqualTo(403);
    }
    for (String path : reads()) {
      assertThat(Http.as(rest, null).get(path).getStatusCode().value()).isEqualTo(401);
    }
    assertThat(rows()).isEqualTo(before);
  }
}
