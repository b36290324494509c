package vn.mttq.sangtao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.support.SpringTest;

@SpringTest
class ApiSecurityTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void theEngineApiRefusesAnonymousCallers() {
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/units", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("khong-co-ai", "sai-mat-khau").getForEntity("/engine-rest/engine", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theAdministratorSeesTheDemoIdentities() {
    ResponseEntity<Map> users = rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/user/count", Map.class);
    ResponseEntity<Map> groups = rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/group/count",
        Map.class);

    assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) users.getBody().get("count")).intValue()).isGreaterThan(200);
    assertThat(((Number) groups.getBody().get("count")).intValue()).isGreaterThan(200);
  }

  @Test
  void aStaffMemberMayReadTheTreeButNotImportIt() {
    TestRestTemplate staff = rest.withBasicAuth("dn-tn.canbo", "demo");

    ResponseEntity<Map> unit = staff.getForEntity("/api/units/dn-tn-giakiem", Map.class);
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unit.getBody()).containsEntry("name", "Ủy ban MTTQ Việt Nam xã Gia Kiệm")
        .containsEntry("parentCode", "dn-tn").containsEntry("validTo", "2025-06-30");

    ResponseEntity<Map> refused = staff.postForEntity("/api/units/import",
        csv("code,name,type,parentCode,validFrom,validTo\nt3-x,Xã X,COMMUNE,dn,,\n"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody()).containsEntry("detail", "Chỉ quản trị hệ thống (nhóm camunda-admin) được làm việc này.");
  }

  @Test
  void aMalformedImportAnswersProblemJsonNamingEachBadLine() {
    ResponseEntity<Map> answer = rest.withBasicAuth("admin", "admin").postForEntity("/api/units/import", csv("""
        code,name,type,parentCode,validFrom,validTo
        t4-a,Xã A,COMMUNE,dn,,
        t4-b,Xã B,LANG,dn,,
        t4-c,Xã C,COMMUNE,dn,hôm qua,
        """), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody()).containsEntry("title", "Dữ liệu không hợp lệ")
        .containsEntry("detail", "Không nhập được danh sách đơn vị: 2 lỗi, chưa có thay đổi nào được lưu.");
    assertThat((java.util.List<Map<String, Object>>) answer.getBody().get("errors"))
        .extracting(e -> e.get("line")).containsExactly(3, 4);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/units/t4-a", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAcceptedImportSaysWhatItChanged() {
    ResponseEntity<Map> answer = rest.withBasicAuth("admin", "admin").postForEntity("/api/units/import", csv("""
        code,name,type,parentCode,validFrom,validTo
        t5-a,Ủy ban MTTQ Việt Nam xã Năm A,COMMUNE,dn,01/07/2025,
        """), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 1)
        .containsEntry("message", "Đã nhập 1 đơn vị: 1 mới, 0 cập nhật, 0 không đổi.");
  }

  @Test
  void onlyTheAdministratorImportsUnitsByEitherDoorAndABadFileSavesNothing() {
    String file = "code,name,type,parentCode,validFrom,validTo\nt6-x,Ủy ban MTTQ Việt Nam xã Giả,COMMUNE,dn,,\n";
    long before = units();
    // the province's leader, a ward's staff below it, a sibling ward's leader; the administrator's name forged in a
    // parameter and a header changes nothing
    for (String user : java.util.List.of("dn.lanhdao", "dn-p-baovinh.canbo", "dn-p-binhloc.lanhdao")) {
      TestRestTemplate caller = rest.withBasicAuth(user, "demo");
      assertThat(caller.postForEntity("/api/units/import?user=admin", csv(file), Map.class).getStatusCode())
          .as(user + ", body").isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> upload = caller.postForEntity("/api/units/import", upload(file.getBytes(
          StandardCharsets.UTF_8), "X-Remote-User", "admin"), Map.class);
      assertThat(upload.getStatusCode()).as(user + ", upload").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(upload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(rest.postForEntity("/api/units/import", csv(file), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity("/api/units/import", upload(file.getBytes(StandardCharsets.UTF_8)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the administrator's upload that is not UTF-8, or empty: a Vietnamese 400, nothing saved
    TestRestTemplate admin = rest.withBasicAuth("admin", "admin");
    ResponseEntity<Map> latin = admin.postForEntity("/api/units/import", upload(file.getBytes(
        StandardCharsets.ISO_8859_1)), Map.class);
    assertThat(latin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(latin.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(latin.getBody().toString()).contains("Tệp không phải văn bản UTF-8");
    ResponseEntity<Map> empty = admin.postForEntity("/api/units/import", upload(new byte[0]), Map.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().toString()).contains("Tệp rỗng");
    assertThat(units()).isEqualTo(before);
  }

  private long units() {
    return jdbc.queryForObject("select count(*) from unit", Long.class);
  }

  private static HttpEntity<org.springframework.util.MultiValueMap<String, Object>> upload(byte[] content,
      String... header) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "don-vi.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    for (int i = 0; i + 1 < header.length; i += 2) {
      headers.add(header[i], header[i + 1]);
    }
    return new HttpEntity<>(parts, headers);
  }

  private static HttpEntity<byte[]> csv(String text) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers);
  }
}
