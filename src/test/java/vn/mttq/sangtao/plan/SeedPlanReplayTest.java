package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.support.ProcessTest;

/**
 * Seed 000 replayed as written, in March 2024: the city of Long Khánh records the province's plan 751/KH-MTTQ-BTT of
 * 23/02/2024, receives it as its task, and builds and issues its own plan citing it, with the seed's sections, its
 * member organisations' own paragraphs (III.2.1) and its "Nơi nhận" of four kinds. Each member organisation then
 * reads its own paragraph and no other's; the plan's official document says what the seed says.
 */
class SeedPlanReplayTest extends ProcessTest {

  private static final ZonedDateTime MARCH_2024 = ZonedDateTime.parse("2024-03-05T09:00:00+07:00");
  private static final String CITY = "dn-lk";
  private static final String TITLE = "Triển khai thực hiện Phong trào thi đua “Đoàn kết sáng tạo, nâng cao năng suất,"
      + " chất lượng, hiệu quả, hội nhập quốc tế” năm 2024";

  /** III.2.1 of seed 000, one paragraph a member organisation, as staff paste it into the form. */
  private static final String OWN_PARAGRAPHS = """
      - Liên đoàn Lao động thành phố Long Khánh: Tiếp tục lồng ghép các nội dung của Phong trào “Đoàn kết sáng tạo” với thực hiện phong trào thi đua “Lao động giỏi, sáng kiến cải tiến kỹ thuật”, “Thi đua lao động sáng tạo” trong công nhân, viên chức, người lao động.
      - Hoi Nong dan thanh pho Long Khanh: Tiếp tục triển khai phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững”, “Nông dân thi đua xây dựng nông thôn mới”.
      - Đoàn TNCS Hồ Chí Minh thành phố Long Khánh: Lồng ghép nội dung Phong trào “Đoàn kết sáng tạo” với thực hiện Phong trào “Tuổi trẻ sáng tạo” trong thanh, thiếu niên.
      - Hội Liên hiệp Phụ nữ thành phố Long Khánh: Tiếp tục lồng ghép nội dung phong trào “Đoàn kết sáng tạo” với phong trào thi đua “Xây dựng người Phụ nữ Việt Nam thời đại mới”,
      vận động phụ nữ rèn luyện phẩm chất đạo đức “Tự tin, Tự trọng, Trung hậu, Đảm đang” và cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”.
      - Hội Cựu chiến binh thành phố Long Khánh: Phát huy truyền thống “Bộ đội Cụ Hồ”, tiếp tục triển khai phong trào thi đua “Đoàn kết sáng tạo” gắn với thực hiện Phong trào thi đua “Cựu chiến binh gương mẫu”.
      """;

  /** What only one member organisation's paragraph says, by unit. */
  private static final Map<String, String> ONLY_IN = Map.of(
      "dn-lk-ldld", "sáng kiến cải tiến kỹ thuật",
      "dn-lk-hnd", "Nông dân thi đua xây dựng nông thôn mới",
      "dn-lk-doan", "Tuổi trẻ sáng tạo",
      "dn-lk-phunu", "Xây dựng gia đình 5 không, 3 sạch",
      "dn-lk-ccb", "Cựu chiến binh gương mẫu");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  PlanService planService;
  @Autowired
  PlanCascadeService cascade;
  @Autowired
  NoticeService notices;

  @Test
  void seed000ReplaysWithItsOwnDatesParagraphsAndRecipients() throws Exception {
    moveClockTo(MARCH_2024);

    ResponseEntity<Map> recorded = rest.withBasicAuth("dn-lk.canbo", "demo").postForEntity("/api/plans/recorded",
        Map.of("recordingUnitCode", CITY, "issuedOn", "2024-02-23", "signerName", "Nguyễn Văn Tỉnh",
            "plan", Map.of("issuingUnitCode", "dn", "number", 751, "symbol", "KH-MTTQ-BTT", "title", TITLE)),
        Map.class);
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
    Map<?, ?> province = (Map<?, ?>) recorded.getBody().get("plan");
    assertThat(province.get("numberAndSymbol")).isEqualTo("751/KH-MTTQ-BTT");
    assertThat(province.get("issuedOn")).isEqualTo("2024-02-23");
    assertThat(province.get("issuingUnitName")).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
    String provinceIssuance = (String) recorded.getBody().get("processInstanceId");
    executeDueJobs(provinceIssuance);
    Long provincePlanId = ((Number) province.get("id")).longValue();

    ProcessInstance cityImplementation = implementationOf(provincePlanId, CITY);
    Long cityImplementationId = (Long) runtimeService.getVariable(cityImplementation.getId(),
        PlanImplementationProcess.VAR_IMPLEMENTATION_ID);
    Task acknowledge = taskOf(cityImplementation.getId());
    assertThat(acknowledge.getName()).startsWith("Xác nhận đã nhận kế hoạch KH số 751/KH-MTTQ-BTT (2024) — tỉnh Đồng Nai");
    complete(acknowledge, "dn-lk.canbo", Map.of("received", true));
    Task build = taskOf(cityImplementation.getId());
    Map<String, Object> form = new HashMap<>(taskService.getVariablesLocal(build.getId()));
    assertThat(form.get("basis")).isEqualTo("Thực hiện Kế hoạch số 751/KH-MTTQ-BTT ngày 23/02/2024 của Ban Thường trực"
        + " Ủy ban MTTQ Việt Nam tỉnh Đồng Nai về " + TITLE + ".");
    form.putAll(seed000Sections());
    complete(build, "dn-lk.canbo", form);
    executeDueJobs(cityImplementation.getId());
    String cityIssuance = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(cityImplementation.getId()).singleResult().getId();
    Task approval = taskOf(cityIssuance);
    assertThat((String) taskService.getVariableLocal(approval.getId(), "planSummary"))
        .contains("I. MỤC ĐÍCH, YÊU CẦU", "1.1. Nội dung tuyên truyền", ONLY_IN.get("dn-lk-ccb"), "Nơi nhận:");
    complete(approval, "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(cityIssuance);

    Long cityPlanId = cascade.implementation(cityImplementationId).ownPlanId();
    PlanView city = planService.get(cityPlanId);
    assertThat(city.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(city.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(city.parentPlanId()).isEqualTo(provincePlanId);
    assertThat(city.basis()).startsWith("Thực hiện Kế hoạch số 751/KH-MTTQ-BTT ngày 23/02/2024");

    // the four kinds of "Nơi nhận"
    assertThat(namesOf(city, RecipientKind.REPORT_TO)).containsExactlyInAnyOrder("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai",
        "Ban Thường vụ Thành ủy Long Khánh", "Ban Dân vận Thành ủy Long Khánh", "Ban Phong trào UB MTTQ tỉnh");
    assertThat(namesOf(city, RecipientKind.INFORMATION)).containsExactly("Văn phòng Thành ủy Long Khánh");
    assertThat(namesOf(city, RecipientKind.IMPLEMENT)).hasSize(11);
    assertThat(namesOf(city, RecipientKind.ARCHIVE)).containsExactly("Ủy ban MTTQ Việt Nam thành phố Long Khánh");
    assertThat(notices.about("plan:" + cityPlanId)).extracting(NoticeService.NoticeView::recipientGroup)
        .as("those it was sent to for information or report, and the issuer's own staff and leaders (its number)")
        .containsExactlyInAnyOrder("dn.leaders", "dn-lk-btvtu.leaders", "dn-lk-bdvtu.leaders", "dn-lk-vptu.leaders",
            "dn-lk.staff", "dn-lk.leaders");
    assertThat(notices.about("plan:" + cityPlanId)).filteredOn(n -> n.recipientGroup().equals("dn.leaders"))
        .extracting(NoticeService.NoticeView::title).allMatch(s -> s.endsWith("(b/c)"));

    // each member organisation reads its own paragraph of III.2.1 and no other's
    for (Map.Entry<String, String> own : ONLY_IN.entrySet()) {
      String summary = acknowledgeSummary(cityPlanId, own.getKey());
      assertThat(summary).as(own.getKey()).startsWith("NHIỆM VỤ CỦA").contains(own.getValue())
          .contains("Chủ động khen thưởng những tập thể, cá nhân thuộc tổ chức mình")
          .contains("I. MỤC ĐÍCH, YÊU CẦU", "Nội dung tuyên truyền");
      ONLY_IN.forEach((other, phrase) -> {
        if (!other.equals(own.getKey())) {
          assertThat(summary).as(own.getKey() + " does not read " + other + "'s paragraph").doesNotContain(phrase);
        }
      });
    }
    String ward = acknowledgeSummary(cityPlanId, "dn-lk-xuanan");
    assertThat(ward).contains("triển khai đến Ban công tác Mặt trận ở khu dân cư");
    ONLY_IN.values().forEach(phrase -> assertThat(ward).doesNotContain(phrase));

    // the whole plan through the API, for a ward the plan reached
    ResponseEntity<Map> read = rest.withBasicAuth("dn-lk-xuanan.canbo", "demo").getForEntity("/api/plans/" + cityPlanId,
        Map.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Map<?, ?>) read.getBody().get("sections")).get("purposes").toString())
        .startsWith("1. Phát huy vai trò, trách nhiệm của Mặt trận Tổ quốc Việt Nam");

    // the official document, as Word and as PDF
    String expectedNumber = "Số: " + city.numberAndSymbol();
    ResponseEntity<byte[]> docx = rest.withBasicAuth("dn-lk.canbo", "demo").getForEntity("/api/plans/" + cityPlanId
        + "/document.docx", byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getContentDisposition().getFilename()).endsWith(".docx");
    String word;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      word = extractor.getText();
    }
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("dn-lk.canbo", "demo").getForEntity("/api/plans/" + cityPlanId
        + "/document.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    String printed;
    try (var document = Loader.loadPDF(pdf.getBody())) {
      printed = new PDFTextStripper().getText(document);
      // each page as an image, for a person to look at (target/plan-documents)
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        Path png = Path.of("target", "plan-documents", "seed-000-page-" + (page + 1) + ".png");
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 96), "png", png.toFile());
        assertThat(Files.size(png)).isPositive();
      }
    }
    for (String text : List.of(word, printed)) {
      assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ LONG KHÁNH", "BAN THƯỜNG TRỰC", expectedNumber,
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Long Khánh, ngày 05 tháng 3 năm 2024",
          "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN",
          "Nơi nhận:", "Ban Phong trào UB MTTQ tỉnh (b/c);", "Văn phòng Thành ủy Long Khánh;", "Lưu: VT.",
          "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
      assertThat(text.replaceAll("\\s+", " ")).contains("Thực hiện Kế hoạch số 751/KH-MTTQ-BTT ngày 23/02/2024",
          "1.1. Nội dung tuyên truyền", "- Liên đoàn Lao động thành phố Long Khánh: Tiếp tục lồng ghép",
          "(trước ngày 08/6), 1 năm (trước ngày 13/11)", "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai (b/c);");
    }
  }

  /** Seed 000's sections as the city's staff write them into the build form. */
  private static Map<String, Object> seed000Sections() {
    return Map.ofEntries(
        Map.entry("title", TITLE),
        Map.entry("purposes", "1. Phát huy vai trò, trách nhiệm của Mặt trận Tổ quốc Việt Nam và các tổ chức thành"
            + " viên trong công tác tuyên truyền, vận động Nhân dân tích cực tham gia các cuộc vận động,"
            + " các phong trào thi đua yêu nước.\n2. Kịp thời ghi nhận, vinh danh các tập thể, cá nhân tích cực tham"
            + " gia phong trào thi đua sáng tạo."),
        Map.entry("propagandaContent", "- Tuyên truyền về nội dung, ý nghĩa, sự cần thiết tổ chức phong trào “Đoàn"
            + " kết sáng tạo” trong giai đoạn hiện nay."),
        Map.entry("propagandaAudience", "Cán bộ công chức, viên chức, chiến sĩ lực lượng vũ trang, công nhân lao"
            + " động; các tầng lớp nhân dân."),
        Map.entry("propagandaForms", "Tổ chức hội nghị, các buổi họp dân, thông qua hệ thống loa truyền thanh ở cơ"
            + " sở."),
        Map.entry("modelsContent", "Phối hợp xây dựng các mô hình triển khai phong trào “Đoàn kết sáng tạo” ở mỗi"
            + " ngành, mỗi cấp ở cộng đồng."),
        Map.entry("supportContent", "Mặt trận Tổ quốc và các tổ chức thành viên của Mặt trận các cấp vận động các"
            + " tổ chức, cá nhân hỗ trợ nguồn lực."),
        Map.entry("summaryContent", "Tổ chức tổng kết kết quả triển khai thực hiện phong trào giai đoạn 2018 - 2024."),
        Map.entry("issuerTasks", "- Theo dõi, đôn đốc, kiểm tra, đánh giá kết quả thực hiện Phong trào."),
        Map.entry("memberOrganisationTasks", "2.2. Chủ động khen thưởng những tập thể, cá nhân thuộc tổ chức mình có"
            + " thành tích xuất sắc trong thực hiện Phong trào “Đoàn kết sáng tạo”."),
        Map.entry("recipientTasks", OWN_PARAGRAPHS),
        Map.entry("subordinateCommitteeTasks", "Tham mưu với cấp ủy đảng, phối hợp với chính quyền cùng cấp xây"
            + " dựng Kế hoạch triển khai thực hiện phong trào, triển khai đến Ban công tác Mặt trận ở khu dân cư."),
        Map.entry("reportToRecipients", "dn, dn-lk-btvtu, dn-lk-bdvtu"),
        Map.entry("informationRecipients", "dn-lk-vptu"),
        Map.entry("otherRecipients", "- Ban Phong trào UB MTTQ tỉnh (b/c);"));
  }

  private String acknowledgeSummary(Long planId, String unitCode) {
    Task task = taskOf(implementationOf(planId, unitCode).getId());
    return (String) taskService.getVariableLocal(task.getId(), "planSummary");
  }

  private static List<String> namesOf(PlanView plan, RecipientKind kind) {
    return plan.recipients().stream().filter(r -> r.kind() == kind).map(PlanView.Recipient::unitName)
        .collect(Collectors.toList());
  }

  private ProcessInstance implementationOf(Long planId, String unitCode) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(cascade.processInstanceOf(planId, unitCode).orElseThrow()).singleResult();
  }

  private Task taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void complete(Task task, String userId, Map<String, Object> variables) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), variables);
  }
}
