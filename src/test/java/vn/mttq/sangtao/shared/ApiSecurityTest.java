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

  private static HttpEntity<byte[]> csv(String text) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers);
  }
}
