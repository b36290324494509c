package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.PostgresIT;

/** The unit import and the identity sync on a real PostgreSQL. */
@PostgresIT
class UnitImportIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  UnitService units;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnPostgresqlWithTheDemoTree() {
    String product = jdbc.queryForObject("select version()", String.class);
    assertThat(product).startsWith("PostgreSQL");
    assertThat(units.get("dn-tn").validTo()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
    assertThat(identityService.createUserQuery().memberOfGroup("dn-lk-xuanan.leaders").singleResult().getId())
        .isEqualTo("dn-lk-xuanan.lanhdao");
  }

  @Test
  void aMalformedFileIsRefusedWholeWithEachBadLineNamed() {
    long unitCount = units.count();
    long groupCount = identityService.createGroupQuery().count();

    ResponseEntity<Map> answer = importCsv("""
        code,name,type,parentCode,validFrom,validTo
        it-xa-a,Ủy ban MTTQ xã A,COMMUNE,dn,01/07/2025,
        it-xa-a,Ủy ban MTTQ xã A lặp,COMMUNE,dn,01/07/2025,
        it-xa-b,Ủy ban MTTQ xã B,COMMUNE,it-khong-co,01/07/2025,
        it-xa-c,Ủy ban MTTQ xã C,COMMUNE,dn,1/7/25,
        """);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).extracting(e -> e.get("message"))
        .containsExactly(
            "Dòng 3: mã đơn vị «it-xa-a» trùng với dòng 2.",
            "Dòng 4: đơn vị cấp trên «it-khong-co» không có trong tệp và chưa có trong hệ thống.",
            "Dòng 5: ngày bắt đầu hiệu lực (validFrom) «1/7/25» không phải ngày hợp lệ; viết dd/MM/yyyy"
                + " (ví dụ 30/06/2025) hoặc yyyy-MM-dd.");
    assertThat(units.count()).isEqualTo(unitCount);
    assertThat(units.find("it-xa-a")).isEmpty();
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupCount);
  }

  @Test
  void anAcceptedFileCreatesUnitsAndKeepsTheirGroupsInStep() {
    ResponseEntity<Map> first = importCsv("""
        code,name,type,parentCode,validFrom,validTo
        it-xb-hnd,Hội Nông dân xã Bình Minh,MEMBER_ORGANISATION,it-xb,01/07/2025,
        it-xb,Ủy ban MTTQ Việt Nam xã Bình Minh,COMMUNE,dn,01/07/2025,
        """);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("created", 2);
    assertThat(units.get("it-xb-hnd").parentCode()).isEqualTo("it-xb");
    assertThat(identityService.createGroupQuery().groupId("it-xb.leaders").singleResult().getName())
        .isEqualTo("Lãnh đạo — Ủy ban MTTQ Việt Nam xã Bình Minh");

    importCsv("""
        code,name,type,parentCode,validFrom,validTo
        it-xb,Ủy ban MTTQ Việt Nam xã Bình Minh (mới),COMMUNE,dn,01/07/2025,
        """);

    assertThat(identityService.createGroupQuery().groupId("it-xb.leaders").singleResult().getName())
        .isEqualTo("Lãnh đạo — Ủy ban MTTQ Việt Nam xã Bình Minh (mới)");
  }

  private ResponseEntity<Map> importCsv(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return rest.withBasicAuth("admin", "admin").postForEntity("/api/units/import",
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), Map.class);
  }
}
