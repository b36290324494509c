package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.support.ProcessTest;

/**
 * Seed 001 replayed today, as a year long over is brought into the system: the district of Thống Nhất (ended on
 * 30/06/2025) records the Central Committee's guidance it cites and its own plan of 2019, with their own numbers and
 * dates, and then the reports its communes sent on paper for 2019. Nothing is sent to anyone: no task, no notice, no
 * reminder; the reports are kept as accepted and marked as entered late, and the year's consolidation counts them.
 */
class SeedHistoryReplayTest extends ProcessTest {

  private static final ZonedDateTime TODAY = ZonedDateTime.parse("2026-12-01T09:00:00+07:00");
  private static final String DISTRICT = "dn-tn";
  private static final String STAFF = "dn-tn.canbo";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  PlanService planService;
  @Autowired
  PlanCascadeService cascade;
  @Autowired
  NoticeService notices;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void seed001IsRecordedWithItsOwnDatesAndItsReportsEnteredAsHistory() {
    moveClockTo(TODAY);
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<Map> guidance = rest.withBasicAuth(STAFF, "demo").postForEntity("/api/plans/recorded", Map.of(
        "recordingUnitCode", DISTRICT, "issuedOn", "2018-04-16",
        "issuingBodyName", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
        "plan", Map.of("number", 32, "symbol", "TT-MTTW-BTT", "title", "Hướng dẫn tổ chức triển khai thực hiện"
            + " Phong trào “Đoàn kết sáng tạo”")), Map.class);
    assertThat(guidance.getStatusCode()).as(String.valueOf(guidance.getBody())).isEqualTo(HttpStatus.CREATED);
    Map<?, ?> central = (Map<?, ?>) guidance.getBody().get("plan");
    assertThat(central.get("numberAndSymbol")).isEqualTo("32/TT-MTTW-BTT");
    assertThat(central.get("issuingUnitName")).isEqualTo("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam");
    assertThat(guidance.getBody().get("processInstanceId")).as("a past year's document starts nothing").isNull();

    ResponseEntity<Map> recorded = rest.withBasicAuth(STAFF, "demo").postForEntity("/api/plans/recorded", Map.of(
        "recordingUnitCode", DISTRICT, "issuedOn", "2019-03-15", "signerName", "Trần Văn Huyện",
        "parentPlanId", central.get("id"),
        "plan", Map.ofEntries(Map.entry("issuingUnitCode", DISTRICT), Map.entry("number", 9),
            Map.entry("title", "Tổ chức triển khai thực hiện Phong trào “Đoàn kết sáng tạo, nâng cao năng suất, chất"
                + " lượng, hiệu quả, hội nhập quốc tế”"),
            Map.entry("basis", "Thực hiện Đề án số 15/ĐA-MTTW-BTT ngày 18/8/2017, Thông tri số 32/TT-MTTW-BTT ngày"
                + " 16/4/2018 của Ủy ban Trung ương MTTQ Việt Nam; căn cứ Chương trình phối hợp thống nhất hành động"
                + " năm 2019 của Ủy ban MTTQVN huyện Thống Nhất."),
            Map.entry("purposes", "Kết nối và thúc đẩy các phong trào thi đua có tính sáng tạo hiện có của các tổ"
                + " chức thành viên."),
            Map.entry("propagandaContent", "Về ý nghĩa của các sáng kiến, ý tưởng mới; về sự cần thiết tổ chức"
                + " phong trào “Đoàn kết sáng tạo”."),
            Map.entry("propagandaForms", "Tuyên truyền thông qua hệ thống báo chí, tổ chức các cuộc tọa đàm."),
            Map.entry("propagandaAudience", "Cán bộ, đảng viên các cơ quan trong hệ thống chính trị các cấp; các"
                + " tầng lớp nhân dân."),
            Map.entry("otherRecipients", List.of("Văn phòng, Ban TC-TG, Ban PT - UBMTTQ tỉnh")))), Map.class);
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody().get("processInstanceId")).isNull();
    Long planId = ((Number) ((Map<?, ?>) recorded.getBody().get("plan")).get("id")).longValue();
    PlanView plan = planService.get(planId);
    assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(plan.recorded()).isTrue();
    assertThat(plan.numberAndSymbol()).isEqualTo("9/KH-MTTQ-BTT");
    assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2019, 3, 15));
    assertThat(plan.year()).isEqualTo(2019);
    assertThat(plan.parentPlanId()).isEqualTo(((Number) central.get("id")).longValue());
    assertThat(plan.signerName()).isEqualTo("Trần Văn Huyện");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.IMPLEMENT).hasSize(11)
        .extracting(PlanView.Recipient::unitCode).contains("dn-tn-giakiem", "dn-tn-hnd");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.REPORT_TO)
        .extracting(PlanView.Recipient::unitName).containsExactly("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.INFORMATION)
        .extracting(PlanView.Recipient::unitName).contains("Thường trực Huyện ủy Thống Nhất",
            "Văn phòng, Ban TC-TG, Ban PT - UBMTTQ tỉnh");
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("no task, no reminder for 2019")
        .isEqualTo(instancesBefore);
    assertThat(cascade.processInstancesOf(planId)).isEmpty();
    assertThat(notices.about("plan:" + planId)).isEmpty();

    // the communes' reports for 2019, from their paper reports
    ResponseEntity<Map> halfYear = enter(STAFF, planId, "dn-tn-giakiem", "HALF_YEAR", "2019-06-05", 12);
    assertThat(halfYear.getStatusCode()).as(String.valueOf(halfYear.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(halfYear.getBody()).containsEntry("status", "ACCEPTED").containsEntry("enteredLate", true)
        .containsEntry("late", false);
    ResponseEntity<Map> annual = enter(STAFF, planId, "dn-tn-giakiem", "ANNUAL", "2019-11-20", 30);
    assertThat(annual.getBody()).containsEntry("late", true).containsEntry("enteredLate", true);
    assertThat(enter(STAFF, planId, "dn-tn-giatan1", "ANNUAL", "2019-11-10", 20).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    long reportsBefore = reportCount(planId);
    ResponseEntity<Map> twice = enter(STAFF, planId, "dn-tn-giakiem", "ANNUAL", "2019-11-20", 31);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twice.getBody().get("errors").toString()).contains("Báo cáo năm 2019 của «Ủy ban MTTQ Việt Nam xã Gia"
        + " Kiệm» đã có trong hệ thống.");
    ResponseEntity<Map> stranger = enter("dn-lk.canbo", planId, "dn-tn-giatan2", "ANNUAL", "2019-11-10", 5);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> beforeThePlan = enter(STAFF, planId, "dn-tn-giatan2", "ANNUAL", "2019-01-10", 5);
    assertThat(beforeThePlan.getBody().get("errors").toString()).contains("phải từ ngày ban hành kế hoạch (15/03/2019)");
    assertThat(reportCount(planId)).as("refusals store nothing").isEqualTo(reportsBefore);

    ResponseEntity<Map> consolidated = rest.withBasicAuth(STAFF, "demo").getForEntity(
        "/api/reports/consolidated?unit=" + DISTRICT + "&period=ANNUAL&year=2019", Map.class);
    assertThat(consolidated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(consolidated.getBody().get("accepted")).isEqualTo(2);
    assertThat(((Map<?, ?>) consolidated.getBody().get("totals")).get("PROPAGANDA_SESSIONS")).isEqualTo(50);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aPlanOfThisYearIssuedOnPaperReachesItsUnitsFromToday() {
    moveClockTo(TODAY);
    ResponseEntity<Map> recorded = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-longkhanh", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn-p-longkhanh", "number", 3, "title", "Kế hoạch năm 2026 ban hành"
                + " trên giấy", "implementRecipients", List.of("dn-p-longkhanh-kp1", "dn-p-longkhanh-hnd"))),
        Map.class);
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
    String issuance = (String) recorded.getBody().get("processInstanceId");
    executeDueJobs(issuance);
    Long planId = ((Number) ((Map<?, ?>) recorded.getBody().get("plan")).get("id")).longValue();
    PlanView plan = planService.get(planId);
    assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(plan.implementationDue()).as("entered late: the units' 15 days count from today")
        .isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(cascade.processInstancesOf(planId)).hasSize(2);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(issuance).count())
        .as("the issuance went straight to its cascade, with no approval").isZero();

    ResponseEntity<Map> again = rest.withBasicAuth("dn-p-longkhanh.canbo", "demo").postForEntity(
        "/api/plans/recorded", Map.of("recordingUnitCode", "dn-p-longkhanh", "issuedOn", "2026-02-20",
            "plan", Map.of("issuingUnitCode", "dn-p-longkhanh", "number", 3, "title", "Trùng số")), Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().get("errors").toString()).contains("Số 3/KH-MTTQ-BTT năm 2026 đã dùng cho kế hoạch");

    ResponseEntity<Map> ended = rest.withBasicAuth("dn-lk.canbo", "demo").postForEntity("/api/plans/recorded",
        Map.of("recordingUnitCode", "dn-lk", "issuedOn", "2026-03-01",
            "plan", Map.of("issuingUnitCode", "dn-lk", "number", 4, "title", "Sau khi đơn vị hết hiệu lực")), Map.class);
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ended.getBody().get("errors").toString())
        .contains("Đơn vị «Ủy ban MTTQ Việt Nam thành phố Long Khánh» đã hết hiệu lực từ 01/07/2025.");
  }

  private ResponseEntity<Map> enter(String user, Long planId, String unitCode, String period, String sentOn,
      int sessions) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/reports/history", Map.of(
        "sentOn", sentOn, "report", Map.of("planId", planId, "unitCode", unitCode, "period", period,
            "propagandaSessions", sessions, "narrative", "Nhập từ báo cáo giấy của đơn vị.")), Map.class);
  }

  private long reportCount(Long planId) {
    return jdbc.queryForObject("select count(*) from report where plan_id = ?", Long.class, planId);
  }
}
