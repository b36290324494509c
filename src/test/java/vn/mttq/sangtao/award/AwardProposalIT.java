package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * On PostgreSQL, through the API: a ward proposes one of its people for a Giấy khen, which its leaders forward to
 * the province, whose leaders grant it; the certificate prints the decision, and a revoked one says so.
 */
@PostgresIT
class AwardProposalIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;

  private void complete(Long proposalId, String userId, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processVariableValueEquals(AwardProposalProcess.VAR_PROPOSAL_ID,
        proposalId).singleResult();
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), values);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWardsProposalRisesToTheProvinceWhichGrantsTheCertificate() throws IOException {
    InitiativeFixtures fixtures = new InitiativeFixtures(jdbc);
    String initiative = fixtures.recognised("Bản đồ số điểm sinh hoạt cộng đồng", "Võ Minh Châu", "dn-p-longkhanh",
        "dn-p-longkhanh", java.time.ZonedDateTime.now(BusinessTime.ZONE).minusMonths(2));
    fixtures.applied(initiative, "dn-p-binhloc", BusinessTime.today().minusMonths(1), "Tiết kiệm thời gian tra cứu.");
    Map<String, Object> request = Map.of("proposerUnitCode", "dn-p-longkhanh", "nomineeKind", "INDIVIDUAL",
        "nomineeUnitCode", "dn-p-longkhanh", "nomineeName", "Võ Minh Châu", "awardForm", "CERTIFICATE",
        "achievements", "Tác giả sáng kiến được hai phường ứng dụng.", "evidence", List.of(
            Map.of("kind", "RECOGNISED_INITIATIVE", "ref", initiative),
            Map.of("kind", "APPLIED_INITIATIVE", "ref", initiative.toLowerCase())));

    ResponseEntity<Map> notOurs = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity("/api/awards",
        request, Map.class);
    assertThat(notOurs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> wrongPerson = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/awards", new java.util.HashMap<>(Map.of("proposerUnitCode", "dn-p-longkhanh", "nomineeKind",
            "INDIVIDUAL", "nomineeUnitCode", "dn-p-longkhanh", "nomineeName", "Người Khác", "awardForm", "CERTIFICATE",
            "achievements", "…", "evidence", List.of(Map.of("kind", "RECOGNISED_INITIATIVE", "ref", initiative)))),
        Map.class);
    assertThat(wrongPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongPerson.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<String>) wrongPerson.getBody().get("errors")).containsExactly("Sáng kiến " + initiative
        + " «Bản đồ số điểm sinh hoạt cộng đồng» không phải của Người Khác.");

    ResponseEntity<Map> created = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity("/api/awards",
        request, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Long id = ((Number) created.getBody().get("id")).longValue();
    assertThat((List<Map<String, Object>>) created.getBody().get("evidence")).extracting(e -> e.get("kind"))
        .containsExactly("RECOGNISED_INITIATIVE", "APPLIED_INITIATIVE");

    ResponseEntity<Map> duplicate = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity("/api/awards",
        request, Map.class);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) duplicate.getBody().get("errors")).singleElement().asString()
        .startsWith("Đã có đề nghị «Giấy khen» năm " + BusinessTime.today().getYear() + " cho Võ Minh Châu");

    complete(id, "dn-p-longkhanh.canbo", Map.of("checkDecision", "complete"));
    complete(id, "dn-p-longkhanh.lanhdao", Map.of("decision", "forward"));
    complete(id, "dn.canbo", Map.of("checkDecision", "complete"));
    String today = BusinessTime.today().toString();
    complete(id, "dn.lanhdao", Map.of("decision", "approve", "decisionNumber", "88/QĐ-MTTQ-BTT", "decisionDate",
        today));
    EngineJobs.runDue(managementService);

    Map<String, Object> decided = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").getForObject("/api/awards/" + id,
        Map.class);
    assertThat(decided).containsEntry("status", "DECIDED");
    assertThat((Map<String, Object>) decided.get("decision")).containsEntry("decisionNumber", "88/QĐ-MTTQ-BTT")
        .containsEntry("decidingUnitCode", "dn");
    assertThat((List<Map<String, Object>>) decided.get("trail")).extracting(a -> a.get("action"))
        .containsExactly("PROPOSED", "CHECKED", "FORWARDED", "CHECKED", "DECIDED");
    assertThat(rest.withBasicAuth("dn-p-baovinh.canbo", "demo").getForEntity("/api/awards/" + id, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo")
        .getForEntity("/api/awards/" + id + "/certificate.pdf", byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(text(pdf.getBody())).contains("GIẤY KHEN", "Võ Minh Châu", "Quyết định số 88/QĐ-MTTQ-BTT ngày "
        + BusinessTime.format(BusinessTime.today()), "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG NAI", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH").doesNotContain("ĐÃ THU HỒI");

    assertThat(rest.withBasicAuth("dn-p-longkhanh.lanhdao", "demo").postForEntity("/api/awards/" + id + "/revoke",
        Map.of("reason", "Khai không đúng"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> noReason = rest.withBasicAuth("dn.lanhdao", "demo").postForEntity("/api/awards/" + id
        + "/revoke", Map.of("reason", " "), Map.class);
    assertThat((List<String>) noReason.getBody().get("errors")).containsExactly("Hãy ghi rõ lý do thu hồi.");
    rest.withBasicAuth("dn.lanhdao", "demo").postForEntity("/api/awards/" + id + "/revoke",
        Map.of("reason", "Sáng kiến kê khai không đúng tác giả."), Map.class);
    byte[] revoked = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo")
        .getForObject("/api/awards/" + id + "/certificate.pdf", byte[].class);
    assertThat(text(revoked)).contains("ĐÃ THU HỒI");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
