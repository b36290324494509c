package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.ProcessTest;

/**
 * A proposal rises level by level: staff check, leaders decide where the level may grant the award, forward
 * otherwise, or return it; the proposer revises or withdraws; every step stays in the trail.
 */
class AwardProposalProcessTest extends ProcessTest {

  private static final ZonedDateTime NOVEMBER = ZonedDateTime.parse("2026-11-20T09:00:00+07:00");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  AwardService awards;
  @Autowired
  AwardProposalStarter starter;
  @Autowired
  NoticeService notices;
  @Autowired
  ProposalDecision decision;
  @Autowired
  CertificatePdf certificates;
  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  private InitiativeFixtures fixtures;
  private String initiative;

  @BeforeEach
  void aRecognisedInitiativeOfAWard() {
    moveClockTo(NOVEMBER);
    fixtures = new InitiativeFixtures(jdbc);
    initiative = fixtures.recognised("Sổ tay điện tử khu phố", "Trần Thị Bích", "dn-p-binhloc", "dn-p-binhloc",
        NOVEMBER.minusMonths(3));
    fixtures.applied(initiative, "dn-p-baovinh", LocalDate.of(2026, 9, 1), "Giảm một nửa giấy tờ.");
  }

  private Map<String, Object> form(String kind, String nominee, String name, String awardForm) {
    Map<String, Object> form = new HashMap<>();
    form.put("nomineeKind", kind);
    form.put("nomineeUnitCode", nominee);
    if (name != null) {
      form.put("nomineeName", name);
    }
    form.put("awardForm", awardForm);
    form.put("achievements", "Tích cực tham gia phong trào, có sáng kiến được ứng dụng.");
    if (nominee.equals("dn-p-binhloc")) {
      form.put("recognisedInitiatives", initiative);
    }
    return form;
  }

  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    identityService.setAuthentication(userId, List.of());
    try {
      return runtimeService.startProcessInstanceByKey(AwardProposalProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Long proposalIdOf(ProcessInstance instance) {
    return (Long) runtimeService.getVariable(instance.getId(), AwardProposalProcess.VAR_PROPOSAL_ID);
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> values) {
    Task task = taskOf(instance);
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), values);
  }

  @Test
  void aCommendationIsDecidedAtTheProposersOwnLevel() throws Exception {
    ProcessInstance instance = startAs("dn-p-binhloc.canbo", form("INDIVIDUAL", "dn-p-binhloc", "trần thị bích",
        "COMMENDATION"));
    Long id = proposalIdOf(instance);
    Task check = taskOf(instance);
    assertThat(check.getName()).isEqualTo("Kiểm tra hồ sơ đề nghị Biểu dương năm 2026 — trần thị bích (Ủy ban MTTQ"
        + " Việt Nam phường Bình Lộc)");
    BpmnAwareTests.assertThat(check).hasCandidateGroup("dn-p-binhloc.staff");
    assertThat((String) taskService.getVariableLocal(check.getId(), "proposalSummary"))
        .contains("Sáng kiến được công nhận: Sáng kiến " + initiative + " «Sổ tay điện tử khu phố» được Hội đồng công"
            + " nhận ngày 20/08/2026.");
    complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "complete"));

    Task decide = taskOf(instance);
    BpmnAwareTests.assertThat(decide).hasCandidateGroup("dn-p-binhloc.leaders");
    complete(instance, "dn-p-binhloc.lanhdao", Map.of("decision", "approve", "decisionNumber", "12/QĐ-MTTQ-BTT",
        "decisionDate", "2026-11-20"));
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_decided");
    AwardProposalView decided = awards.get(id);
    assertThat(decided.status()).isEqualTo(ProposalStatus.DECIDED);
    assertThat(decided.decision().decisionNumber()).isEqualTo("12/QĐ-MTTQ-BTT");
    assertThat(decided.decision().decidingUnitCode()).isEqualTo("dn-p-binhloc");
    assertThat(decided.trail()).extracting(AwardProposalView.Action::action, AwardProposalView.Action::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PROPOSED", "dn-p-binhloc.canbo"),
            org.assertj.core.groups.Tuple.tuple("CHECKED", "dn-p-binhloc.canbo"),
            org.assertj.core.groups.Tuple.tuple("DECIDED", "dn-p-binhloc.lanhdao"));
    assertThat(notices.about("award:" + id)).extracting(NoticeService.NoticeView::title)
        .contains("Biểu dương năm 2026: trần thị bích (Ủy ban MTTQ Việt Nam phường Bình Lộc)");
    assertThat(decidedNotices(id)).as("the ward proposed its own member: one notice, not one as proposer and one"
        + " as nominee").isEqualTo(1);
    decision.announce(id);
    assertThat(decidedNotices(id)).as("the announcing step run again, as a retried job runs it").isEqualTo(1);
    certificateReadsAsSigned(decided);
  }

  /** The certificate rendered to PNG (target/screenshots/certificate.png), read back as text and as an image. */
  private void certificateReadsAsSigned(AwardProposalView decided) throws java.io.IOException {
    byte[] pdf = certificates.render(decided);
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      String signer = vn.mttq.sangtao.shared.security.PersonNames.of(identityService, "dn-p-binhloc.lanhdao");
      assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG BÌNH LỘC", "BAN THƯỜNG TRỰC",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIỂU DƯƠNG", "Bình Lộc, ngày 20 tháng 11 năm 2026",
          "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", signer, "Quyết định số 12/QĐ-MTTQ-BTT ngày 20/11/2026");
      float dpi = 100;
      java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
          .renderImageWithDPI(0, dpi);
      java.nio.file.Path png = java.nio.file.Path.of("target", "screenshots", "certificate.png");
      java.nio.file.Files.createDirectories(png.getParent());
      javax.imageio.ImageIO.write(image, "png", png.toFile());
      float scale = dpi / 72;
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      float signX = document.getPage(0).getMediaBox().getWidth() * 0.70f;
      // between "CHỦ TỊCH" (baseline 144 pt) and the name (baseline 68 pt): room to sign, nothing printed
      assertThat(darkPixels(image, (int) ((signX - 90) * scale), (int) ((pageHeight - 136) * scale),
          (int) ((signX + 90) * scale), (int) ((pageHeight - 84) * scale))).as("room to sign").isZero();
      assertThat(darkPixels(image, (int) ((signX - 90) * scale), (int) ((pageHeight - 82) * scale),
          (int) ((signX + 90) * scale), (int) ((pageHeight - 62) * scale))).as("the signer's name").isPositive();
    }
  }

  private static int darkPixels(java.awt.image.BufferedImage image, int x0, int y0, int x1, int y1) {
    int dark = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
          dark++;
        }
      }
    }
    return dark;
  }

  private Integer decidedNotices(Long proposalId) {
    return jdbc.queryForObject("select count(*) from notice where reference = ? and kind = 'AWARD_DECIDED'",
        Integer.class, "award:" + proposalId);
  }

  @Test
  void aReturnedProposalIsRevisedAndResubmitted() {
    ProcessInstance instance = startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-binhloc-hnd", null,
        "COMMENDATION"));
    Long id = proposalIdOf(instance);
    assertThatThrownBy(() -> complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "return")))
        .hasMessageContaining("Hãy ghi rõ lý do trả lại và những gì cần bổ sung.");
    complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "complete"));
    complete(instance, "dn-p-binhloc.lanhdao", Map.of("decision", "return", "decisionComment",
        "Bổ sung số hội viên tham gia."));

    Task revise = taskOf(instance);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo(AwardProposalProcess.USER_TASK_REVISE);
    BpmnAwareTests.assertThat(revise).hasCandidateGroup("dn-p-binhloc.staff");
    assertThat(taskService.getVariableLocal(revise.getId(), "returnReasonShown"))
        .isEqualTo("Bổ sung số hội viên tham gia.");
    assertThat(notices.about("award:" + id)).extracting(NoticeService.NoticeView::title).contains(
        "Hồ sơ đề nghị khen thưởng bị trả lại: Biểu dương năm 2026 — Hội Nông dân phường Bình Lộc");
    complete(instance, "dn-p-binhloc.canbo", Map.of("reviseDecision", "resubmit", "achievements",
        "120 hội viên tham gia; 3 mô hình mới."));

    assertThat(taskOf(instance).getTaskDefinitionKey()).isEqualTo(AwardProposalProcess.USER_TASK_CHECK);
    assertThat(awards.get(id).achievements()).isEqualTo("120 hội viên tham gia; 3 mô hình mới.");
    complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "complete"));
    complete(instance, "dn-p-binhloc.lanhdao", Map.of("decision", "approve", "decisionNumber", "15/QĐ-MTTQ-BTT",
        "decisionDate", "2026-11-20"));
    executeDueJobs(instance.getId());
    assertThat(awards.get(id).trail()).extracting(AwardProposalView.Action::action).containsExactly("PROPOSED",
        "CHECKED", "RETURNED", "RESUBMITTED", "CHECKED", "DECIDED");
  }

  @Test
  void theHonourRisesThroughThreeLevelsToTheCentralCommittee() {
    ProcessInstance instance = startAs("dn-p-binhloc.canbo", form("INDIVIDUAL", "dn-p-binhloc", "Trần Thị Bích",
        "CREATIVE_VIETNAMESE"));
    Long id = proposalIdOf(instance);
    complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "complete"));
    assertThatThrownBy(() -> complete(instance, "dn-p-binhloc.lanhdao", Map.of("decision", "approve",
        "decisionNumber", "1/QĐ", "decisionDate", "2026-11-20")))
        .hasMessageContaining("«Ủy ban MTTQ Việt Nam phường Bình Lộc» không được tặng «Danh hiệu “Người Việt đoàn kết"
            + " sáng tạo”»; hãy đề nghị cấp trên.");
    complete(instance, "dn-p-binhloc.lanhdao", Map.of("decision", "forward"));

    BpmnAwareTests.assertThat(taskOf(instance)).hasCandidateGroup("dn.staff");
    complete(instance, "dn.canbo", Map.of("checkDecision", "complete"));
    BpmnAwareTests.assertThat(taskOf(instance)).hasCandidateGroup("dn.leaders");
    complete(instance, "dn.lanhdao", Map.of("decision", "forward", "decisionComment", "Tiêu biểu của tỉnh."));

    BpmnAwareTests.assertThat(taskOf(instance)).hasCandidateGroup("vn.staff");
    complete(instance, "vn.canbo", Map.of("checkDecision", "complete"));
    assertThatThrownBy(() -> complete(instance, "vn.lanhdao", Map.of("decision", "forward")))
        .hasMessageContaining("«Ủy ban Trung ương MTTQ Việt Nam» là cấp cao nhất, không còn cấp trên để đề nghị.");
    assertThatThrownBy(() -> complete(instance, "vn.lanhdao", Map.of("decision", "approve", "decisionDate",
        "2026-12-01")))
        .hasMessageContaining("Hãy ghi số quyết định khen thưởng")
        .hasMessageContaining("Ngày ký quyết định (01/12/2026) chưa đến.");
    assertThatThrownBy(() -> complete(instance, "vn.lanhdao", Map.of("decision", "approve", "decisionNumber",
        "305/QĐ-MTTW-BTT", "decisionDate", "2026-11-19")))
        .hasMessageContaining("Ngày ký quyết định (19/11/2026) trước ngày lập hồ sơ đề nghị (20/11/2026)");
    complete(instance, "vn.lanhdao", Map.of("decision", "approve", "decisionNumber", "305/QĐ-MTTW-BTT",
        "decisionDate", "2026-11-20"));
    executeDueJobs(instance.getId());

    AwardProposalView decided = awards.get(id);
    assertThat(decided.decision().decidingUnitName()).isEqualTo("Ủy ban Trung ương MTTQ Việt Nam");
    assertThat(decided.trail()).extracting(AwardProposalView.Action::action, AwardProposalView.Action::unitName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PROPOSED", "Ủy ban MTTQ Việt Nam phường Bình Lộc"),
            org.assertj.core.groups.Tuple.tuple("CHECKED", "Ủy ban MTTQ Việt Nam phường Bình Lộc"),
            org.assertj.core.groups.Tuple.tuple("FORWARDED", "Ủy ban MTTQ Việt Nam phường Bình Lộc"),
            org.assertj.core.groups.Tuple.tuple("CHECKED", "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
            org.assertj.core.groups.Tuple.tuple("FORWARDED", "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
            org.assertj.core.groups.Tuple.tuple("CHECKED", "Ủy ban Trung ương MTTQ Việt Nam"),
            org.assertj.core.groups.Tuple.tuple("DECIDED", "Ủy ban Trung ương MTTQ Việt Nam"));
  }

  @Test
  void aWithdrawnProposalFreesTheNomineeForANewOne() {
    ProcessInstance instance = startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-binhloc-doan", null,
        "CERTIFICATE"));
    Long id = proposalIdOf(instance);
    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-binhloc-doan", null,
        "CERTIFICATE"))).hasMessageContaining("Đã có đề nghị «Giấy khen» năm 2026 cho «Đoàn TNCS Hồ Chí Minh phường"
            + " Bình Lộc» (hồ sơ số " + id + ").");
    complete(instance, "dn-p-binhloc.canbo", Map.of("checkDecision", "return", "checkComment", "Thiếu dẫn chứng."));
    complete(instance, "dn-p-binhloc.canbo", Map.of("reviseDecision", "withdraw"));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_withdrawn");
    assertThat(awards.get(id).status()).isEqualTo(ProposalStatus.WITHDRAWN);

    ProcessInstance again = startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-binhloc-doan", null,
        "CERTIFICATE"));
    BpmnAwareTests.assertThat(again).isWaitingAt(AwardProposalProcess.USER_TASK_CHECK);
  }

  @Test
  void badProposalsAreRefusedWithVietnameseMessagesAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(AwardProposalProcess.KEY).count();
    long rows = jdbc.queryForObject("select count(*) from award_proposal", Long.class);

    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-khongco", null,
        "COMMENDATION"))).hasMessageContaining("Không có đơn vị mã «dn-p-khongco».");

    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", form("COLLECTIVE", "dn-p-baovinh", null,
        "COMMENDATION"))).hasMessageContaining("«Ủy ban MTTQ Việt Nam phường Bảo Vinh» không thuộc «Ủy ban MTTQ Việt"
            + " Nam phường Bình Lộc»");

    Map<String, Object> someoneElse = form("INDIVIDUAL", "dn-p-binhloc", "Lê Văn Cường", "COMMENDATION");
    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", someoneElse)).hasMessageContaining("Sáng kiến "
        + initiative + " «Sổ tay điện tử khu phố» không phải của Lê Văn Cường.");

    String otherWards = fixtures.recognised("Chợ phiên nông sản", "Phạm Văn Dũng", "dn-p-baovinh", "dn-p-baovinh",
        NOVEMBER.minusMonths(1));
    Map<String, Object> otherUnitsInitiative = form("COLLECTIVE", "dn-p-binhloc-hnd", null, "COMMENDATION");
    otherUnitsInitiative.put("recognisedInitiatives", otherWards + ", " + initiative);
    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", otherUnitsInitiative))
        .hasMessageContaining("Sáng kiến " + otherWards + " «Chợ phiên nông sản» không phải của «Hội Nông dân phường"
            + " Bình Lộc».")
        .hasMessageContaining("Sáng kiến " + initiative + " «Sổ tay điện tử khu phố» không phải của «Hội Nông dân"
            + " phường Bình Lộc».");

    Map<String, Object> noOpinionYet = form("INDIVIDUAL", "dn-p-binhloc", "Trần Thị Bích", "COMMENDATION");
    noOpinionYet.put("stCouncilOpinions", initiative);
    noOpinionYet.put("reportIds", "999999");
    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", noOpinionYet))
        .hasMessageContaining("Hội đồng Khoa học - Công nghệ tỉnh chưa có ý kiến về sáng kiến " + initiative)
        .hasMessageContaining("Báo cáo là kết quả của đơn vị, không dùng làm dẫn chứng cho cá nhân.");

    Map<String, Object> noHonourHere = form("COLLECTIVE", "dn-p-binhloc", null, "NOBEL");
    assertThatThrownBy(() -> startAs("dn-p-binhloc.canbo", noHonourHere))
        .hasMessageContaining("Hình thức khen thưởng «NOBEL» không có: chọn COMMENDATION (Biểu dương), CERTIFICATE"
            + " (Giấy khen), MERIT (Bằng khen), CREATIVE_VIETNAMESE (Danh hiệu “Người Việt đoàn kết sáng tạo”).");

    Map<String, Object> appliedHereAuthoredThere = form("COLLECTIVE", "dn-p-baovinh", null, "COMMENDATION");
    appliedHereAuthoredThere.put("recognisedInitiatives", initiative);
    assertThatThrownBy(() -> startAs("dn-p-baovinh.canbo", appliedHereAuthoredThere))
        .hasMessageContaining("Sáng kiến " + initiative + " «Sổ tay điện tử khu phố» không phải của «Ủy ban MTTQ Việt"
            + " Nam phường Bảo Vinh».");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AwardProposalProcess.KEY).count())
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from award_proposal", Long.class)).isEqualTo(rows);
  }
}
