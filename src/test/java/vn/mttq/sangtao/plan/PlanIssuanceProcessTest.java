package vn.mttq.sangtao.plan;

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

import vn.mttq.sangtao.support.ProcessTest;

/** {@code planIssuance}: draft, approve or return, issue with a number. */
class PlanIssuanceProcessTest extends ProcessTest {

  /** Before the 2025 merger, so that the city of seed 000 and its wards exist. */
  private static final ZonedDateTime MARCH_2025 = ZonedDateTime.parse("2025-03-03T09:00:00+07:00");
  private static final String CITY = "dn-lk";
  private static final String CITY_STAFF = "dn-lk.canbo";

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  PlanService planService;
  @Autowired
  vn.mttq.sangtao.notification.NoticeService notices;

  @BeforeEach
  void inMarch2025() {
    moveClockTo(MARCH_2025);
  }

  private Map<String, Object> draft(String title) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("year", 2025L);
    form.put("basis", "Thực hiện Kế hoạch số 751/KH-MTTQ-BTT ngày 23/02/2025 của Ban Thường trực Ủy ban MTTQ"
        + " Việt Nam tỉnh");
    form.put("purposes", "Phát huy vai trò của Mặt trận và các tổ chức thành viên.");
    return form;
  }

  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    identityService.setAuthentication(userId, List.of());
    try {
      return runtimeService.startProcessInstanceByKey(PlanIssuanceProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Long planIdOf(ProcessInstance instance) {
    return (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(PlanIssuanceProcess.VAR_PLAN_ID).singleResult().getValue();
  }

  @Test
  void aPlanBegunByItsNameIsWrittenInItsOwnTaskSavedAsADraftAndSentWhenReady() {
    Map<String, Object> start = new HashMap<>();
    start.put("title", "Kế hoạch soạn từng bước");
    start.put("year", 2025L);
    ProcessInstance instance = startAs(CITY_STAFF, start);

    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_WRITE);
    Task writing = taskOf(instance);
    BpmnAwareTests.assertThat(writing).hasCandidateGroup("dn-lk.staff");
    assertThat(writing.getName()).isEqualTo("Soạn dự thảo kế hoạch «Kế hoạch soạn từng bước» — Ủy ban MTTQ Việt Nam"
        + " thành phố Long Khánh");
    Long planId = planIdOf(instance);
    assertThat(planService.get(planId).status()).as("not sent to the leaders yet").isEqualTo(PlanStatus.DRAFT);
    Map<String, Object> values = new HashMap<>(taskService.getVariablesLocal(writing.getId()));
    assertThat(values).containsEntry("title", "Kế hoạch soạn từng bước").containsEntry("writingDraft", true);

    values.put("purposes", "Phát huy vai trò của Mặt trận.");
    values.put("draftAction", "SAVE");
    values.remove("writingDraft");
    values.remove("returnReasonShown");
    complete(writing, CITY_STAFF, values);
    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_WRITE);
    assertThat(planService.get(planId).status()).isEqualTo(PlanStatus.DRAFT);
    Task again = taskOf(instance);
    assertThat(again.getId()).isNotEqualTo(writing.getId());
    Map<String, Object> saved = new HashMap<>(taskService.getVariablesLocal(again.getId()));
    assertThat(saved).as("what was saved comes back").containsEntry("purposes", "Phát huy vai trò của Mặt trận.");

    saved.put("draftAction", "SEND");
    saved.remove("writingDraft");
    saved.remove("returnReasonShown");
    complete(again, CITY_STAFF, saved);
    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_APPROVE);
    assertThat(planService.get(planId).status()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(planService.get(planId).sections().purposes()).isEqualTo("Phát huy vai trò của Mặt trận.");
  }

  @Test
  void aSectionLongerThanTheEnginesPlainTextIsKeptWhole() {
    String purposes = "Phát huy vai trò của Mặt trận trong phong trào thi đua yêu nước. ".repeat(110).strip();
    assertThat(purposes.length()).isGreaterThan(4000).isLessThan(PlanRules.LONG_TEXT);
    Map<String, Object> form = new HashMap<>(draft("Kế hoạch có mục đích dài"));
    form.put("purposes", purposes);
    ProcessInstance instance = startAs(CITY_STAFF, form);

    Task approval = taskOf(instance);
    PlanView plan = planService.get(planIdOf(instance));
    assertThat(plan.sections().purposes()).isEqualTo(purposes);
    complete(approval, "dn-lk.lanhdao", Map.of("decision", "return", "returnReason", "Rút gọn mục đích."));
    Task revision = taskOf(instance);
    Map<String, Object> revised = new HashMap<>(taskService.getVariablesLocal(revision.getId()));
    assertThat(revised.get("purposes")).isEqualTo(purposes);
    revised.put("purposes", purposes + " Bổ sung.");
    complete(revision, CITY_STAFF, revised);
    assertThat(planService.get(plan.id()).sections().purposes()).isEqualTo(purposes + " Bổ sung.");
  }

  @Test
  void approvedPlanIsIssuedWithTheNextNumberAndDefaultRecipients() {
    ProcessInstance instance = startAs(CITY_STAFF, draft("Triển khai Phong trào “Đoàn kết sáng tạo” năm 2025"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_APPROVE);
    Task approval = taskOf(instance);
    assertThat(approval.getName()).isEqualTo("Phê duyệt kế hoạch «Triển khai Phong trào “Đoàn kết sáng tạo” năm 2025»"
        + " — Ủy ban MTTQ Việt Nam thành phố Long Khánh");
    assertThat(approval.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2025-03-06T17:00:00+07:00").toInstant()));
    BpmnAwareTests.assertThat(approval).hasCandidateGroup("dn-lk.leaders");
    assertThat(runtimeService.getVariables(instance.getId()).keySet())
        .as("form values leave the process; the plan lives in tables")
        .doesNotContain("title", "basis", "purposes");

    complete(approval, "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(PlanIssuanceProcess.END_EVENT_ISSUED);
    PlanView plan = planService.get(planIdOf(instance));
    assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(plan.numberAndSymbol()).matches("\\d+/KH-MTTQ-BTT");
    assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(plan.implementationDue()).isEqualTo(LocalDate.of(2025, 3, 18));
    assertThat(plan.halfYearReportDue()).isEqualTo(LocalDate.of(2025, 6, 7));
    assertThat(plan.annualReportDue()).isEqualTo(LocalDate.of(2025, 11, 12));
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.IMPLEMENT).hasSize(11)
        .extracting(PlanView.Recipient::unitName)
        .contains("Ủy ban MTTQ Việt Nam phường Xuân An", "Hội Nông dân thành phố Long Khánh");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.REPORT_TO)
        .extracting(PlanView.Recipient::unitName).containsExactly("Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.INFORMATION)
        .extracting(PlanView.Recipient::unitName)
        .containsExactlyInAnyOrder("Ban Thường vụ Thành ủy Long Khánh", "Ban Dân vận Thành ủy Long Khánh",
            "Văn phòng Thành ủy Long Khánh");
    assertThat(plan.recipients()).filteredOn(r -> r.kind() == RecipientKind.ARCHIVE)
        .extracting(PlanView.Recipient::unitCode).containsExactly(CITY);
    assertThat(historicBusinessKey(instance)).isEqualTo(plan.numberAndSymbol() + " (2025) — dn-lk");
    assertThat(notices.about("plan:" + plan.id())).as("the leader who approved reads the number given")
        .filteredOn(n -> n.kind().equals("PLAN_ISSUED"))
        .extracting(vn.mttq.sangtao.notification.NoticeService.NoticeView::recipientGroup,
            vn.mttq.sangtao.notification.NoticeService.NoticeView::title)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("dn-lk.staff", "Đã ban hành " + plan.reference()),
            org.assertj.core.groups.Tuple.tuple("dn-lk.leaders", "Đã ban hành " + plan.reference()));
    assertThat(notices.about("plan:" + plan.id())).filteredOn(n -> n.kind().equals("PLAN_ISSUED"))
        .allSatisfy(n -> assertThat(n.body()).contains("ban hành với số " + plan.numberAndSymbol() + " ngày 03/03/2025"));

    ProcessInstance next = startAs(CITY_STAFF, draft("Tổng kết phong trào giai đoạn 2018 - 2024"));
    complete(taskOf(next), "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(next.getId());
    int first = Integer.parseInt(plan.numberAndSymbol().split("/")[0]);
    assertThat(planService.get(planIdOf(next)).numberAndSymbol()).isEqualTo((first + 1) + "/KH-MTTQ-BTT");
  }

  @Test
  void returnedPlanGoesBackToTheStaffWithTheReasonAndIsResubmitted() {
    ProcessInstance instance = startAs(CITY_STAFF, draft("Kế hoạch nháp"));
    Long planId = planIdOf(instance);

    complete(taskOf(instance), "dn-lk.lanhdao",
        Map.of("decision", "return", "returnReason", "Bổ sung nhiệm vụ của các tổ chức thành viên."));

    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_REVISE);
    Task revision = taskOf(instance);
    BpmnAwareTests.assertThat(revision).hasCandidateGroup("dn-lk.staff");
    assertThat(revision.getName()).startsWith("Sửa dự thảo kế hoạch «Kế hoạch nháp»");
    assertThat(revision.getDescription()).contains("Bổ sung nhiệm vụ của các tổ chức thành viên.");
    assertThat(taskService.getVariablesLocal(revision.getId())).containsEntry("title", "Kế hoạch nháp")
        .containsEntry("symbol", "KH-MTTQ-BTT").containsEntry("halfYearReportDue", "2025-06-07");
    assertThat(planService.get(planId).status()).isEqualTo(PlanStatus.RETURNED);

    Map<String, Object> revised = new HashMap<>(taskService.getVariablesLocal(revision.getId()));
    revised.put("title", "Kế hoạch triển khai năm 2025");
    revised.put("memberOrganisationTasks", "Lồng ghép với phong trào thi đua của tổ chức mình.");
    complete(revision, CITY_STAFF, revised);

    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_APPROVE);
    assertThat(planService.get(planId).title()).isEqualTo("Kế hoạch triển khai năm 2025");
    PlanView revisedPlan = planService.get(planId);
    assertThat(revisedPlan.tasksOf(revisedPlan.recipient("dn-lk-hnd").orElseThrow()))
        .isEqualTo("Lồng ghép với phong trào thi đua của tổ chức mình.");

    complete(taskOf(instance), "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(instance.getId());
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(planService.get(planId).status()).isEqualTo(PlanStatus.ISSUED);
  }

  @Test
  void aReturnWithoutReasonIsRefusedAndTheTaskStays() {
    ProcessInstance instance = startAs(CITY_STAFF, draft("Kế hoạch chờ duyệt"));
    Task approval = taskOf(instance);

    assertThatThrownBy(() -> complete(approval, "dn-lk.lanhdao", Map.of("decision", "return")))
        .hasMessageContaining("Hãy ghi lý do trả lại kế hoạch để cán bộ sửa.");

    BpmnAwareTests.assertThat(instance).isWaitingAt(PlanIssuanceProcess.USER_TASK_APPROVE);
  }

  @Test
  void badDraftsAreRefusedWithVietnameseMessagesAndNothingStarts() {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanIssuanceProcess.KEY).count();

    Map<String, Object> noTitle = draft("");
    assertThatThrownBy(() -> startAs(CITY_STAFF, noTitle)).hasMessageContaining("Tên kế hoạch không được để trống.");

    Map<String, Object> foreign = draft("Kế hoạch gửi nhầm");
    foreign.put("implementRecipients", "dn-lk-xuanan, dn-tn-giakiem");
    assertThatThrownBy(() -> startAs(CITY_STAFF, foreign)).hasMessageContaining(
        "«Ủy ban MTTQ Việt Nam xã Gia Kiệm» không phải Ủy ban MTTQ cấp dưới hay tổ chức thành viên của đơn vị ban"
            + " hành, nên không thể là đơn vị thực hiện kế hoạch.");

    Map<String, Object> pastDue = draft("Kế hoạch hạn đã qua");
    pastDue.put("halfYearReportDue", "2025-01-15");
    assertThatThrownBy(() -> startAs(CITY_STAFF, pastDue)).hasMessageContaining(
        "Hạn báo cáo 6 tháng (15/01/2025) đã qua; hãy chọn một ngày từ hôm nay (03/03/2025) trở đi.");

    Map<String, Object> badRegime = draft("Kế hoạch chế độ báo cáo sai");
    badRegime.put("summaryReportDue", "2025-12-20");
    badRegime.put("reportReminderDays", "7, 45, x");
    assertThatThrownBy(() -> startAs(CITY_STAFF, badRegime)).hasMessageContaining(
        "Ngày nhắc trước hạn «x» không phải số nguyên.");
    badRegime.put("reportReminderDays", "7, 45");
    assertThatThrownBy(() -> startAs(CITY_STAFF, badRegime))
        .hasMessageContaining("Báo cáo tổng kết giai đoạn cần năm bắt đầu giai đoạn (ví dụ 2018 cho giai đoạn 2018 – 2025).")
        .hasMessageContaining("Mỗi ngày nhắc trước hạn báo cáo phải từ 1 đến 30 ngày.");
    badRegime.put("summaryFromYear", 2026L);
    badRegime.put("reportReminderDays", "9, 7, 5, 3, 2, 1");
    assertThatThrownBy(() -> startAs(CITY_STAFF, badRegime))
        .hasMessageContaining("Năm bắt đầu giai đoạn tổng kết phải từ 2016 đến 2025 (năm của kế hoạch).")
        .hasMessageContaining("Nhắc trước hạn báo cáo nhiều nhất 5 lần.");

    Map<String, Object> otherUnit = draft("Kế hoạch của đơn vị khác");
    otherUnit.put("issuingUnitCode", "dn-tn");
    assertThatThrownBy(() -> startAs(CITY_STAFF, otherUnit)).hasMessageContaining(
        "Bạn không phải cán bộ của đơn vị «dn-tn»");

    Map<String, Object> numbered = draft("Kế hoạch có số sẵn");
    numbered.put("number", 907L);
    startAs(CITY_STAFF, numbered);
    Map<String, Object> sameNumber = draft("Kế hoạch trùng số");
    sameNumber.put("number", 907L);
    assertThatThrownBy(() -> startAs(CITY_STAFF, sameNumber)).hasMessageContaining(
        "Số 907/KH-MTTQ-BTT năm 2025 đã dùng cho kế hoạch «Kế hoạch có số sẵn».");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanIssuanceProcess.KEY).count())
        .isEqualTo(instances + 1);
  }

  @Test
  void aPhaseSummaryAndTheReminderDaysWrittenInTheFormBelongToThePlanAndReachTheUnitsDrafts() {
    Map<String, Object> form = draft("Kế hoạch tổng kết phong trào giai đoạn 2018 – 2025");
    form.put("summaryFromYear", 2018L);
    form.put("summaryReportDue", "2025-12-10");
    form.put("reportReminderDays", "5; 10 ,2");
    ProcessInstance instance = startAs(CITY_STAFF, form);
    complete(taskOf(instance), "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(instance.getId());

    PlanView issued = planService.get(planIdOf(instance));
    assertThat(issued.summaryFromYear()).isEqualTo(2018);
    assertThat(issued.summaryReportDue()).isEqualTo(java.time.LocalDate.of(2025, 12, 10));
    assertThat(issued.reportReminderDays()).containsExactly(10, 5, 2);
    assertThat(PlanText.forApproval(issued)).contains("tổng kết giai đoạn 2018 – 2025 trước ngày 11/12/2025;"
        + " nhắc trước hạn 10, 5, 2 ngày.");
    Map<String, Object> unitDraft = UnitPlanDraft.prefill(issued, "Ủy ban MTTQ Việt Nam phường Bảo Vinh");
    assertThat(unitDraft).containsEntry("summaryFromYear", 2018L).containsEntry("summaryReportDue", "2025-12-10")
        .containsEntry("reportReminderDays", "10, 5, 2");
  }

  @Test
  void issuingAgainChangesNothing() {
    ProcessInstance instance = startAs(CITY_STAFF, draft("Kế hoạch phát hành một lần"));
    complete(taskOf(instance), "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(instance.getId());
    PlanView issued = planService.get(planIdOf(instance));

    moveClockTo(MARCH_2025.plusDays(2));
    PlanView again = planService.issue(issued.id(), "dn-lk.lanhdao");

    assertThat(again.numberAndSymbol()).isEqualTo(issued.numberAndSymbol());
    assertThat(again.issuedOn()).isEqualTo(issued.issuedOn());
  }

  private void complete(Task task, String userId, Map<String, Object> variables) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), variables);
  }

  private String historicBusinessKey(ProcessInstance instance) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }
}
