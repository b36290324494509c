package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.plan.PlanDraft;
import vn.mttq.sangtao.plan.PlanDrafting;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.unit.UnitService;

/**
 * Two plans of the same committee for the same period and year, at three levels, counted by hand. The province issues
 * plan A to Long Khánh and Bình Lộc and plan B to Long Khánh and Bảo Vinh; Long Khánh answers A with its own plan W1
 * and also issues W2, both to its residential area 1, which sends the same 3 sessions under each. Long Khánh reports
 * 5 sessions under A and under B, Bình Lộc 10 under A, Bảo Vinh nothing yet.
 * <ul>
 * <li>Long Khánh's report under A starts from its area once: 3 sessions, not 6.</li>
 * <li>The province without a plan: Long Khánh once (5) and Bình Lộc (10) = 15 sessions, not 20; "Đã nhận 2/3".</li>
 * <li>Plan A alone: 15 sessions, 2/2; plan B alone: 5 sessions, 1/2, Bảo Vinh missing.</li>
 * </ul>
 */
@SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoPlansConsolidationTest {

  private static final int YEAR = 2035;

  @Autowired
  PlanService planService;
  @Autowired
  PlanDrafting drafting;
  @Autowired
  ReportRepository reportRepository;
  @Autowired
  ReportPrefill prefills;
  @Autowired
  ConsolidationService consolidation;
  @Autowired
  UnitService units;
  @Autowired
  TestRestTemplate rest;

  private PlanView planA;
  private PlanView planB;
  private PlanView w1;
  private Long longkhanhUnderA;

  private PlanView issue(String issuer, Long parent, String title, List<String> implementers) {
    PlanView draft = drafting.submitDraft(null, issuer, parent, new PlanDraft(title, YEAR, "KH-MTTQ-BTT", null,
        null, null, null, null, null, null, null, null, LocalDate.of(YEAR, 6, 7), LocalDate.of(YEAR, 11, 12), 15,
        implementers, List.of(), null, null), issuer + ".canbo");
    planService.issue(draft.id(), issuer + ".lanhdao");
    return planService.get(draft.id());
  }

  private Report report(PlanView plan, String unit, Long sessions) {
    Report report = new Report(plan.id(), units.get(unit).id(), units.get(plan.issuingUnitCode()).id(),
        ReportPeriod.HALF_YEAR, YEAR, plan.halfYearReportDue(), Instant.now());
    if (sessions != null) {
      Map<Figure, Long> figures = new EnumMap<>(Figure.class);
      figures.put(Figure.PROPAGANDA_SESSIONS, sessions);
      report.submit(figures, "Báo cáo của " + unit, unit + ".canbo", Instant.now(), false);
      report.accept(plan.issuingUnitCode() + ".canbo", Instant.now());
    }
    return reportRepository.save(report);
  }

  @BeforeAll
  void twoPlansAtEachLevel() {
    planA = issue("dn", null, "Kế hoạch A năm " + YEAR, List.of("dn-p-longkhanh", "dn-p-binhloc"));
    planB = issue("dn", null, "Kế hoạch B năm " + YEAR, List.of("dn-p-longkhanh", "dn-p-baovinh"));
    w1 = issue("dn-p-longkhanh", planA.id(), "Kế hoạch W1 năm " + YEAR, List.of("dn-p-longkhanh-kp1"));
    PlanView w2 = issue("dn-p-longkhanh", null, "Kế hoạch W2 năm " + YEAR, List.of("dn-p-longkhanh-kp1"));
    report(w1, "dn-p-longkhanh-kp1", 3L);
    report(w2, "dn-p-longkhanh-kp1", 3L);
    longkhanhUnderA = report(planA, "dn-p-longkhanh", null).getId();
    report(planB, "dn-p-longkhanh", 5L);
    report(planA, "dn-p-binhloc", 10L);
    report(planB, "dn-p-baovinh", null);
  }

  @Test
  void aWardStartsFromItsAreaOnceAndTheProvinceCountsEachWardOnce() {
    assertThat(prefills.of(longkhanhUnderA).figures()).containsEntry(Figure.PROPAGANDA_SESSIONS, 3L);
    assertThat(prefills.of(longkhanhUnderA).narrative()).contains("của 1 đơn vị trực thuộc");
    assertThat(consolidation.consolidate("dn-p-longkhanh", "HALF_YEAR", YEAR).totals())
        .containsEntry(Figure.PROPAGANDA_SESSIONS, 3L);

    Report ward = reportRepository.findById(longkhanhUnderA).orElseThrow();
    Map<Figure, Long> five = new EnumMap<>(Figure.class);
    five.put(Figure.PROPAGANDA_SESSIONS, 5L);
    ward.submit(five, "Phường Long Khánh", "dn-p-longkhanh.canbo", Instant.now(), false);
    ward.accept("dn.canbo", Instant.now());
    reportRepository.save(ward);

    Consolidation all = consolidation.consolidate("dn", "HALF_YEAR", YEAR);
    assertThat(all.reports()).extracting(Consolidation.Line::unitCode)
        .containsExactly("dn-p-baovinh", "dn-p-binhloc", "dn-p-longkhanh");
    assertThat(all.totals()).containsEntry(Figure.PROPAGANDA_SESSIONS, 15L);
    assertThat(all.receivedText()).isEqualTo("Đã nhận 2/3 báo cáo");
    assertThat(all.missing()).extracting(Consolidation.Line::unitCode).containsExactly("dn-p-baovinh");

    Consolidation a = consolidation.consolidate("dn", "HALF_YEAR", YEAR, planA.id());
    assertThat(a.totals()).containsEntry(Figure.PROPAGANDA_SESSIONS, 15L);
    assertThat(a.receivedText()).isEqualTo("Đã nhận 2/2 báo cáo");
    Consolidation b = consolidation.consolidate("dn", "HALF_YEAR", YEAR, planB.id());
    assertThat(b.totals()).containsEntry(Figure.PROPAGANDA_SESSIONS, 5L);
    assertThat(b.receivedText()).isEqualTo("Đã nhận 1/2 báo cáo");
    assertThat(b.missing()).extracting(Consolidation.Line::unitCode).containsExactly("dn-p-baovinh");
  }

  @Test
  void theExportsSayHowManyCameInOfHowManyAndWhoIsMissing() throws Exception {
    String query = "unit=dn&period=HALF_YEAR&year=" + YEAR + "&plan=" + planB.id();
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("dn.canbo", "demo")
        .getForEntity("/api/reports/consolidated.xlsx?" + query, byte[].class);
    ResponseEntity<byte[]> docx = rest.withBasicAuth("dn.canbo", "demo")
        .getForEntity("/api/reports/consolidated.docx?" + query, byte[].class);

    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      List<String> texts = new java.util.ArrayList<>();
      for (Row row : book.getSheet("Tổng hợp")) {
        row.forEach(cell -> {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        });
      }
      assertThat(texts).contains("Đã nhận 1/2 báo cáo, 1 báo cáo đã được chấp nhận.", "Đơn vị chưa nộp:")
          .anyMatch(cell -> cell.startsWith("Ủy ban MTTQ Việt Nam phường Bảo Vinh — hạn"));
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Đã nhận 1/2 báo cáo của đơn vị trực thuộc thực hiện Kế hoạch số "
          + planB.numberAndSymbol()).contains("Đơn vị chưa nộp: Ủy ban MTTQ Việt Nam phường Bảo Vinh.");
    }
  }

  @Test
  void theWorkbookIsTheProvincesReportToSign() throws Exception {
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("dn.canbo", "demo").getForEntity(
        "/api/reports/consolidated.xlsx?unit=dn&period=HALF_YEAR&year=" + YEAR, byte[].class);

    assertThat(xlsx.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("Tong-hop-bao-cao-6-thang-" + YEAR + "-tinh-Dong-Nai.xlsx");
    assertThat(xlsx.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = book.getSheet("Tổng hợp");
      assertThat(List.of(text(sheet, 0, 0), text(sheet, 1, 0), text(sheet, 2, 0), text(sheet, 3, 0)))
          .containsExactly("ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐỒNG NAI", "BAN THƯỜNG TRỰC", "Số:      /BC-MTTQ-BTT");
      assertThat(List.of(text(sheet, 0, 4), text(sheet, 1, 4))).containsExactly(
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      assertThat(text(sheet, 2, 4)).matches("Đồng Nai, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
      int header = rowStarting(sheet, "STT");
      assertThat(text(sheet, header, 1)).isEqualTo("Đơn vị");
      List<String> units = new java.util.ArrayList<>();
      for (int r = header + 1; r <= header + 3; r++) {
        assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(r - header);
        units.add(text(sheet, r, 1));
      }
      assertThat(units).as("Vietnamese order, not code points").containsExactly(
          "Ủy ban MTTQ Việt Nam phường Bảo Vinh", "Ủy ban MTTQ Việt Nam phường Bình Lộc",
          "Ủy ban MTTQ Việt Nam phường Long Khánh");
      var sessions = sheet.getRow(header + 2).getCell(5);
      assertThat(sessions.getNumericCellValue()).isEqualTo(10);
      assertThat(sessions.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(40 * 256);
      int foot = rowStarting(sheet, "Nơi nhận:");
      assertThat(List.of(text(sheet, foot + 1, 0), text(sheet, foot + 2, 0))).containsExactly(
          "- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);", "- Lưu: VT.");
      assertThat(text(sheet, foot, 4)).isEqualTo("TM. BAN THƯỜNG TRỰC");
      assertThat(text(sheet, foot + 1, 4)).isEqualTo("CHỦ TỊCH");
    }
  }

  private static String text(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
    return sheet.getRow(row) == null || sheet.getRow(row).getCell(column) == null ? null
        : sheet.getRow(row).getCell(column).getStringCellValue();
  }

  private static int rowStarting(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && text.equals(row.getCell(0).getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row starts with " + text);
  }

  @Test
  void aPlanOfAnotherCommitteeIsRefused() {
    ResponseEntity<Map> answer = rest.withBasicAuth("dn.canbo", "demo").getForEntity(
        "/api/reports/consolidated?unit=dn&period=HALF_YEAR&year=" + YEAR + "&plan=" + w1.id(), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) answer.getBody().get("errors")).containsExactly("Kế hoạch " + w1.numberAndSymbol()
        + " không do Ủy ban MTTQ Việt Nam tỉnh Đồng Nai ban hành.");
  }
}
