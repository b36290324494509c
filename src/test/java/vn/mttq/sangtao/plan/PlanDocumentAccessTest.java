package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import vn.mttq.sangtao.support.ProcessTest;

/**
 * Who may record a plan from outside, attach its signed document and download its document, tried over HTTP by the
 * people who may not; and ended units, refused with the day they ended.
 */
class PlanDocumentAccessTest extends ProcessTest {

  private static final ZonedDateTime TODAY = ZonedDateTime.parse("2026-12-01T09:00:00+07:00");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlanIssuanceStarter starter;

  @Test
  void onlyTheRecordingUnitsStaffRecordAndOnlyThePlansLinesReadOrAttach() {
    moveClockTo(TODAY);
    long plansBefore = count("plan");
    ResponseEntity<Map> foreign = rest.withBasicAuth("dn-p-baovinh.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-binhloc", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn-p-binhloc", "number", 7, "title", "Kế hoạch của phường khác")),
        Map.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> notAbove = rest.withBasicAuth("dn-p-baovinh.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-baovinh", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn-p-binhloc", "number", 7, "title", "Kế hoạch của phường bên cạnh")),
        Map.class);
    assertThat(notAbove.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAbove.getBody().get("errors").toString())
        .contains("«Ủy ban MTTQ Việt Nam phường Bình Lộc» không phải đơn vị của bạn hay cấp trên của đơn vị bạn");
    ResponseEntity<Map> future = rest.withBasicAuth("dn-p-baovinh.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-baovinh", "issuedOn", "2026-12-20",
            "plan", Map.of("issuingUnitCode", "dn-p-baovinh", "number", 7, "title", "Chưa ban hành")), Map.class);
    assertThat(future.getBody().get("errors").toString()).contains("Ngày ban hành (20/12/2026) chưa tới");
    assertThat(count("plan")).as("refusals record nothing").isEqualTo(plansBefore);

    PlanIssuanceStarter.Started started = starter.start(new PlanRequest("dn-p-binhloc", "Kế hoạch của phường",
        2027, null, null, null, null, null, null, null, null, null, null, null, null, null,
        List.of("dn-p-binhloc-hnd"), List.of(), null, null), "dn-p-binhloc.canbo");
    Long planId = started.plan().id();
    assertThat(rest.withBasicAuth("dn-p-baovinh.canbo", "demo").getForEntity("/api/plans/" + planId
        + "/document.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> draft = rest.withBasicAuth("dn-p-binhloc.lanhdao", "demo").getForEntity("/api/plans/"
        + planId + "/document.pdf", byte[].class);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

    long filesBefore = count("plan_file");
    assertThat(attach("dn-p-baovinh.canbo", planId, "ban-ky.pdf", "%PDF-1.4 scan".getBytes()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> notIssued = attach("dn-p-binhloc.canbo", planId, "ban-ky.pdf", "%PDF-1.4 scan".getBytes());
    assertThat(notIssued.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notIssued.getBody().get("errors").toString()).contains("Kế hoạch chưa ban hành");
    assertThat(count("plan_file")).isEqualTo(filesBefore);
  }

  @Test
  void aSignedScanIsKeptAndReadBackAndAFakeOneIsRefused() {
    moveClockTo(TODAY);
    ResponseEntity<Map> recorded = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-binhloc", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn", "number", 812, "title", "Kế hoạch của tỉnh nhận bằng giấy")),
        Map.class);
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
    Long planId = ((Number) ((Map<?, ?>) recorded.getBody().get("plan")).get("id")).longValue();
    long filesBefore = count("plan_file");
    ResponseEntity<Map> fake = attach("dn-p-binhloc.canbo", planId, "ban-ky.pdf", "MZ not a pdf".getBytes());
    assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fake.getBody().get("errors").toString()).contains("không đúng với loại tệp .pdf");
    assertThat(count("plan_file")).isEqualTo(filesBefore);

    byte[] scan = "%PDF-1.4 bản đã ký".getBytes();
    assertThat(attach("dn-p-binhloc.canbo", planId, "812-KH-MTTQ-BTT.pdf", scan).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<byte[]> back = rest.withBasicAuth("dn-p-binhloc.lanhdao", "demo").getForEntity("/api/plans/"
        + planId + "/signed-document", byte[].class);
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(back.getBody()).isEqualTo(scan);
    assertThat(back.getHeaders().getContentDisposition().getFilename()).isEqualTo("812-KH-MTTQ-BTT.pdf");
  }

  @Test
  void anEndedUnitIsRefusedWithTheDayItEnded() {
    moveClockTo(TODAY);
    ResponseEntity<Map> toEnded = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans", Map.of(
        "issuingUnitCode", "dn", "title", "Kế hoạch gửi đơn vị đã giải thể", "year", 2027,
        "implementRecipients", List.of("dn-lk")), Map.class);
    assertThat(toEnded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(toEnded.getBody().get("errors").toString())
        .contains("Đơn vị «Ủy ban MTTQ Việt Nam thành phố Long Khánh» đã hết hiệu lực từ 01/07/2025.");
    ResponseEntity<Map> byEnded = rest.withBasicAuth("dn-lk.canbo", "demo").postForEntity("/api/plans", Map.of(
        "issuingUnitCode", "dn-lk", "title", "Kế hoạch mới của đơn vị đã giải thể", "year", 2027), Map.class);
    assertThat(byEnded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(byEnded.getBody().get("errors").toString()).contains("đã hết hiệu lực từ 01/07/2025. Không ban hành"
        + " kế hoạch mới cho đơn vị này được nữa.");
  }

  @Test
  void anonymousCallersUnitsBelowForgedVariablesAndMalformedInputChangeNothing() {
    moveClockTo(TODAY);
    long plans = count("plan");
    long reports = count("report");
    long instances = processEngine.getRuntimeService().createProcessInstanceQuery().count();
    Map<String, Object> paper = Map.of("recordingUnitCode", "dn-p-longkhanh", "issuedOn", "2026-02-20",
        "plan", Map.of("issuingUnitCode", "dn-p-longkhanh", "number", 9, "title", "Kế hoạch ghi nhận"));
    assertThat(rest.postForEntity("/api/plans/recorded", paper, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/plans/1/document.pdf", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity("/api/reports/history", Map.of("sentOn", "2026-02-20"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a residential area below the ward records nothing for the ward
    assertThat(rest.withBasicAuth("dn-p-longkhanh-kp1.canbo", "demo").postForEntity("/api/plans/recorded", paper,
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // a plan id forged into a start of planIssuance through the engine's REST API, to skip the approval
    ResponseEntity<Map> forged = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/engine-rest/process-definition/key/planIssuance/start",
        Map.of("variables", Map.of("planId", Map.of("value", 1, "type", "Long"))), Map.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // malformed: an impossible date, a number in words
    for (Map<String, Object> bad : List.of(
        Map.<String, Object>of("recordingUnitCode", "dn-p-longkhanh", "issuedOn", "2026-02-30",
            "plan", Map.of("issuingUnitCode", "dn-p-longkhanh", "number", 9, "title", "Ngày sai")),
        Map.<String, Object>of("recordingUnitCode", "dn-p-longkhanh", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn-p-longkhanh", "number", "chín", "title", "Số sai")))) {
      ResponseEntity<Map> answer = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
          "/api/plans/recorded", bad, Map.class);
      assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(answer.getBody().get("detail").toString()).matches(".*\\p{InLatin_Extended_Additional}.*");
    }
    ResponseEntity<Map> badReport = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/reports/history", Map.of("sentOn", "hôm qua", "report", Map.of("planId", 1)), Map.class);
    assertThat(badReport.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count("plan")).isEqualTo(plans);
    assertThat(count("report")).isEqualTo(reports);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  private ResponseEntity<Map> attach(String user, Long planId, String fileName, byte[] content) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity("/api/plans/" + planId + "/signed-document",
        new HttpEntity<>(body, headers), Map.class);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
