package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.plan.PlanDraft;
import vn.mttq.sangtao.plan.PlanDrafting;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.unit.UnitService;

/**
 * Consolidation over three levels against figures computed by hand: a residential area reports to its ward, the
 * ward and another ward report to the province, a third ward has not reported.
 */
@SpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ConsolidationTest {

  private static final int YEAR = 2031;

  @Autowired
  PlanService planService;
  @Autowired
  PlanDrafting drafting;
  @Autowired
  ReportRepository reportRepository;
  @Autowired
  ReportService reports;

  @Autowired
  ReportPrefill prefills;
  @Autowired
  ConsolidationService consolidation;
  @Autowired
  UnitService units;
  @Autowired
  TestRestTemplate rest;

  private PlanView provincePlan;
  private PlanView wardPlan;
  private Long longkhanhReport;

  private PlanView issue(String issuer, List<String> implementers) {
    PlanView draft = drafting.submitDraft(null, issuer, null, new PlanDraft("Kế hoạch năm " + YEAR + " của "
        + issuer, YEAR, "KH-MTTQ-BTT", null, null, null, null, null, null, null, null, null,
        LocalDate.of(YEAR, 6, 7), LocalDate.of(YEAR, 11, 12), 15, implementers, List.of(), null, null),
        issuer + ".canbo");
    planService.issue(draft.id(), issuer + ".lanhdao");
    return planService.get(draft.id());
  }

  private Report report(PlanView plan, String unit, String receiving, Map<Figure, Long> figures, Boolean late,
      boolean accepted) {
    Report report = new Report(plan.id(), units.get(unit).id(), units.get(receiving).id(), ReportPeriod.HALF_YEAR,
        YEAR, plan.halfYearReportDue(), Instant.now());
    if (figures != null) {
      report.submit(figures, "Báo cáo của " + unit, unit + ".canbo", Instant.now(), late);
      if (accepted) {
        report.accept(receiving + ".canbo", Instant.now());
      }
    }
    return reportRepository.save(report);
  }

  private static Map<Figure, Long> figures(long sessions, long participants, long models, long resources) {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.PROPAGANDA_SESSIONS, sessions);
    figures.put(Figure.PROPAGANDA_PARTICIPANTS, participants);
    figures.put(Figure.MODELS_BUILT, models);
    figures.put(Figure.RESOURCES_VND, resources);
    return figures;
  }

  @org.junit.jupiter.api.BeforeAll
  void threeLevels() {
    provincePlan = issue("dn", List.of("dn-p-binhloc", "dn-p-baovinh", "dn-p-longkhanh"));
    wardPlan = issue("dn-p-longkhanh", List.of("dn-p-longkhanh-kp1"));
    report(wardPlan, "dn-p-longkhanh-kp1", "dn-p-longkhanh", figures(3, 120, 1, 2_000_000), false, true);
    longkhanhReport = report(provincePlan, "dn-p-longkhanh", "dn", null, null, false).getId();
    report(provincePlan, "dn-p-binhloc", "dn", figures(10, 500, 0, 1_000_000), false, true);
    report(provincePlan, "dn-p-baovinh", "dn", null, null, false);
  }

  @Test
  void aWardsReportIsPrefilledWithItsAreasAcceptedFiguresAndTheProvinceSumsTheAcceptedWards() {
    ReportPrefill.Prefill prefill = prefills.of(longkhanhReport);
    assertThat(prefill.figures()).containsEntry(Figure.PROPAGANDA_SESSIONS, 3L)
        .containsEntry(Figure.PROPAGANDA_PARTICIPANTS, 120L).containsEntry(Figure.MODELS_BUILT, 1L)
        .containsEntry(Figure.RESOURCES_VND, 2_000_000L);
    assertThat(prefill.narrative()).contains("báo cáo đã được chấp nhận của 1 đơn vị trực thuộc");

    Report ward = reportRepository.findById(longkhanhReport).orElseThrow();
    ward.submit(figures(5, 300, 2, 5_000_000), "Phường Long Khánh", "dn-p-longkhanh.canbo", Instant.now(), true);
    ward.accept("dn.canbo", Instant.now());
    reportRepository.save(ward);

    Consolidation wardLevel = consolidation.consolidate("dn-p-longkhanh", "HALF_YEAR", YEAR);
    assertThat(wardLevel.totals()).containsEntry(Figure.PROPAGANDA_SESSIONS, 3L)
        .containsEntry(Figure.RESOURCES_VND, 2_000_000L);
    assertThat(wardLevel.own().status()).isEqualTo(ReportStatus.ACCEPTED);

    Consolidation province = consolidation.consolidate("dn", "HALF_YEAR", YEAR);
    assertThat(province.accepted()).isEqualTo(2);
    assertThat(province.totals()).containsEntry(Figure.PROPAGANDA_SESSIONS, 15L)
        .containsEntry(Figure.PROPAGANDA_PARTICIPANTS, 800L).containsEntry(Figure.MODELS_BUILT, 2L)
        .containsEntry(Figure.RESOURCES_VND, 6_000_000L).containsEntry(Figure.CLUBS_FORMED, 0L);
    assertThat(province.late()).extracting(Consolidation.Line::unitCode).containsExactly("dn-p-longkhanh");
    assertThat(province.missing()).extracting(Consolidation.Line::unitCode).containsExactly("dn-p-baovinh");
    assertThat(province.own()).isNull();
  }

  @Test
  void theConsolidationExportsToExcelAndWordWithVietnameseHeadings() throws Exception {
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("dn.canbo", "demo").getForEntity(
        "/api/reports/consolidated.xlsx?unit=dn&period=HALF_YEAR&year=" + YEAR, byte[].class);
    ResponseEntity<byte[]> docx = rest.withBasicAuth("dn.canbo", "demo").getForEntity(
        "/api/reports/consolidated.docx?unit=dn&period=HALF_YEAR&year=" + YEAR, byte[].class);

    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = book.getSheet("Tổng hợp");
      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(ConsolidationExport.TITLE);
      assertThat(sheet.getRow(9).getCell(5).getStringCellValue()).isEqualTo("Số buổi tuyên truyền");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains(ConsolidationExport.TITLE).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Đơn vị chưa nộp: Ủy ban MTTQ Việt Nam phường Bảo Vinh.");
    }
  }

  @Test
  void badRequestsAreRefusedInVietnamese() {
    ResponseEntity<Map> noPeriod = rest.withBasicAuth("dn.canbo", "demo").getForEntity(
        "/api/reports/consolidated?unit=dn&period=QUARTER&year=" + YEAR, Map.class);
    ResponseEntity<Map> notRecipient = rest.withBasicAuth("dn-p-longkhanh-kp1.canbo", "demo").postForEntity(
        "/api/reports", Map.of("planId", provincePlan.id(), "unitCode", "dn-p-longkhanh-kp1", "period", "HALF_YEAR",
            "propagandaSessions", 1), Map.class);
    ResponseEntity<Map> negative = rest.withBasicAuth("dn-p-baovinh.canbo", "demo").postForEntity("/api/reports",
        Map.of("planId", provincePlan.id(), "unitCode", "dn-p-baovinh", "period", "HALF_YEAR",
            "propagandaSessions", -2, "modelsBuilt", "hai"), Map.class);
    ResponseEntity<Map> afterAcceptance = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity(
        "/api/reports", Map.of("planId", provincePlan.id(), "unitCode", "dn-p-binhloc", "period", "HALF_YEAR"),
        Map.class);

    for (ResponseEntity<Map> answer : List.of(noPeriod, notRecipient, negative, afterAcceptance)) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat((List<String>) noPeriod.getBody().get("errors")).containsExactly(
        "Kỳ báo cáo «QUARTER» không có: chọn HALF_YEAR (6 tháng), ANNUAL (năm) hoặc PHASE_SUMMARY (tổng kết giai đoạn).");
    assertThat((List<String>) notRecipient.getBody().get("errors")).containsExactly("«Ban công tác Mặt trận khu phố"
        + " 1, phường Long Khánh» không phải đơn vị thực hiện kế hoạch số " + provincePlan.numberAndSymbol()
        + ", nên không báo cáo kế hoạch này.");
    assertThat((List<String>) negative.getBody().get("errors")).containsExactlyInAnyOrder(
        "Số buổi tuyên truyền không được âm.", "Số mô hình xây dựng mới «hai» không phải số nguyên.");
    assertThat((List<String>) afterAcceptance.getBody().get("errors")).containsExactly(
        "Báo cáo đang ở trạng thái «Đã được chấp nhận», không nộp lại được.");
    Report baovinh = reportRepository.findByPlanIdAndUnitIdAndPeriodAndPeriodYear(provincePlan.id(),
        units.get("dn-p-baovinh").id(), ReportPeriod.HALF_YEAR, YEAR).orElseThrow();
    assertThat(baovinh.getStatus()).as("nothing changed").isEqualTo(ReportStatus.OPEN);
    assertThat(baovinh.get(Figure.PROPAGANDA_SESSIONS)).isNull();
  }
}
