package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PlanFixtures;
import vn.mttq.sangtao.support.ProcessTest;

/**
 * The yearly assessment opens by its timer for the provincial committee; the 2018–2024 phase summary of seed 000
 * runs the same steps over seven years: ranked candidates with evidence, staff leave some out, leaders approve, and
 * the chosen become award decisions of the committee.
 */
class AnnualAssessmentProcessTest extends ProcessTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  AssessmentService assessments;
  @Autowired
  AwardService awards;
  @Autowired
  JdbcTemplate jdbc;

  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    identityService.setAuthentication(userId, List.of());
    try {
      return runtimeService.startProcessInstanceByKey(AnnualAssessmentProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
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
  void theYearlyTimerOpensTheProvincesAssessmentOnTwentyNovember() {
    Job timer = managementService.createJobQuery().processDefinitionKey(AnnualAssessmentProcess.YEARLY_KEY).timers()
        .singleResult();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(vn.mttq.sangtao.shared.BusinessTime.ZONE);
    assertThat(due.getMonthValue()).isEqualTo(11);
    assertThat(due.getDayOfMonth()).isEqualTo(20);
    assertThat(due.getHour()).isEqualTo(8);
    int year = due.getYear();
    InitiativeFixtures initiatives = new InitiativeFixtures(jdbc);
    String code = initiatives.recognised("Ứng dụng nhắc lịch tiêm chủng", "Hồ Văn Lâm", "dn-p-binhloc",
        "dn-p-binhloc", due.minusMonths(6));
    initiatives.applied(code, "dn-p-baovinh", due.minusMonths(5).toLocalDate(), "Không trẻ nào bị lỡ lịch.");
    Long plan = new PlanFixtures(jdbc).issuedPlan("dn-p-binhloc", due.minusMonths(10).toLocalDate(),
        "Kế hoạch thực hiện phong trào năm " + year);
    new PlanFixtures(jdbc).acceptedAnnualReport(plan, "dn-p-binhloc", "dn", year, 640);

    moveClockTo(due.minusMinutes(1));
    assertThat(managementService.createJobQuery().processDefinitionKey(AnnualAssessmentProcess.YEARLY_KEY).timers()
        .executable().count()).isZero();
    moveClockTo(due);
    managementService.executeJob(timer.getId());

    ProcessInstance opened = runtimeService.createProcessInstanceQuery().processDefinitionKey(
        AnnualAssessmentProcess.KEY).processInstanceBusinessKey("Đánh giá năm " + year + " — Ủy ban MTTQ Việt Nam tỉnh"
            + " Đồng Nai").singleResult();
    Task edit = taskOf(opened);
    assertThat(edit.getName()).isEqualTo("Lập danh sách biểu dương, khen thưởng — Đánh giá năm " + year
        + " — Ủy ban MTTQ Việt Nam tỉnh Đồng Nai");
    BpmnAwareTests.assertThat(edit).hasCandidateGroup("dn.staff");
    String summary = (String) taskService.getVariableLocal(edit.getId(), "assessmentSummary");
    assertThat(summary).contains("Ủy ban MTTQ Việt Nam phường Bình Lộc — 1 kế hoạch, chương trình thực hiện phong"
        + " trào; 640 lượt người tham gia (theo báo cáo đã được chấp nhận); 1 lượt ứng dụng sáng kiến; 1 sáng kiến"
        + " được công nhận.");
    assertThat(summary).contains("Hồ Văn Lâm (Ủy ban MTTQ Việt Nam phường Bình Lộc) — 1 sáng kiến được công nhận và"
        + " ứng dụng (" + code + " «Ứng dụng nhắc lịch tiêm chủng»), 1 lượt ứng dụng.");
    assertThat(managementService.createJobQuery().processDefinitionKey(AnnualAssessmentProcess.YEARLY_KEY).timers()
        .singleResult().getDuedate().toInstant().atZone(vn.mttq.sangtao.shared.BusinessTime.ZONE).getYear())
        .as("next year's timer").isEqualTo(year + 1);
  }

  @Test
  void thePhaseSummaryRanksSevenYearsAndTheChosenAreCommended() {
    moveClockTo(ZonedDateTime.parse("2024-12-16T09:00:00+07:00"));
    InitiativeFixtures initiatives = new InitiativeFixtures(jdbc);
    String hoa = initiatives.recognised("Tổ hòa giải qua điện thoại", "Lê Thị Hoa", "dn-lk-xuanan", "dn-lk-xuanan",
        ZonedDateTime.parse("2019-06-10T10:00:00+07:00"));
    initiatives.applied(hoa, "dn-lk-baovinh", LocalDate.of(2020, 3, 1), "Giảm 30% vụ việc phải lên phường.");
    String son = initiatives.recognised("Vườn rau sạch khu phố", "Ngô Văn Sơn", "dn-lk-baovinh", "dn-lk-baovinh",
        ZonedDateTime.parse("2023-04-02T10:00:00+07:00"));
    initiatives.applied(son, "dn-lk-xuanbinh", LocalDate.of(2024, 2, 1), "12 hộ tham gia.");
    initiatives.stOpinion(son, "dn", true);
    String before = initiatives.recognised("Sổ tay cũ", "Phan Văn Ba", "dn-lk-xuanan", "dn-lk-xuanan",
        ZonedDateTime.parse("2017-05-05T10:00:00+07:00"));
    initiatives.applied(before, "dn-lk-xuanan", LocalDate.of(2018, 1, 15), "Còn dùng.");
    new PlanFixtures(jdbc).issuedPlan("dn-lk-xuanan", LocalDate.of(2019, 3, 1), "Kế hoạch hưởng ứng phong trào");

    Map<String, Object> form = new HashMap<>(Map.of("fromYear", 2018L, "toYear", 2024L));
    assertThatThrownBy(() -> startAs("dn-lk-xuanan.canbo", new HashMap<>(Map.of("unitCode", "dn-lk",
        "fromYear", 2018L, "toYear", 2024L)))).hasMessageContaining("Bạn không phải cán bộ của đơn vị «dn-lk»");
    assertThatThrownBy(() -> startAs("dn-lk.canbo", new HashMap<>(Map.of("fromYear", 2024L, "toYear", 2018L))))
        .hasMessageContaining("Năm bắt đầu (2024) phải không sau năm kết thúc (2018).");
    ProcessInstance phase = startAs("dn-lk.canbo", form);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(phase.getId()).singleResult()
        .getBusinessKey()).isEqualTo("Tổng kết giai đoạn 2018 – 2024 — Ủy ban MTTQ Việt Nam thành phố Long Khánh");
    assertThatThrownBy(() -> startAs("dn-lk.canbo", new HashMap<>(form))).hasMessageContaining(
        "Đã có đợt tổng kết giai đoạn 2018 – 2024 của «Ủy ban MTTQ Việt Nam thành phố Long Khánh»");

    Long id = (Long) runtimeService.getVariable(phase.getId(), AnnualAssessmentProcess.VAR_ASSESSMENT_ID);
    AssessmentService.AssessmentView ranked = assessments.get(id);
    assertThat(ranked.candidates()).extracting(c -> (c.kind() == NomineeKind.COLLECTIVE ? "T" : "C") + c.rank() + " "
        + (c.kind() == NomineeKind.COLLECTIVE ? c.unitCode() : c.name())).containsExactly(
            "T1 dn-lk-xuanan", "C1 Ngô Văn Sơn", "C2 Lê Thị Hoa");
    assertThat(ranked.candidates().get(0).evidence()).isEqualTo("1 kế hoạch, chương trình thực hiện phong trào; 0"
        + " lượt người tham gia (theo báo cáo đã được chấp nhận); 2 lượt ứng dụng sáng kiến; 1 sáng kiến được công"
        + " nhận.");

    assertThatThrownBy(() -> complete(phase, "dn-lk.canbo", Map.of("excluded", "T9")))
        .hasMessageContaining("Không có ứng viên mã «T9» trong danh sách.");
    complete(phase, "dn-lk.canbo", Map.of("excluded", "c2", "note", "Bà Hoa đã được khen năm 2020."));
    Task approve = taskOf(phase);
    BpmnAwareTests.assertThat(approve).hasCandidateGroup("dn-lk.leaders");
    assertThat((String) taskService.getVariableLocal(approve.getId(), "assessmentSummary"))
        .contains("[x] T1. Ủy ban MTTQ Việt Nam phường Xuân An").contains("[ ] C2. Lê Thị Hoa");
    complete(phase, "dn-lk.lanhdao", Map.of("decision", "return", "returnReason", "Xem lại trường hợp bà Hoa."));
    assertThat(taskOf(phase).getTaskDefinitionKey()).isEqualTo(AnnualAssessmentProcess.USER_TASK_EDIT);
    complete(phase, "dn-lk.canbo", Map.of("excluded", "c2"));
    complete(phase, "dn-lk.lanhdao", Map.of("decision", "approve", "decisionNumber", "120/QĐ-MTTQ-BTT"));
    executeDueJobs(phase.getId());

    BpmnAwareTests.assertThat(phase).isEnded().hasPassed("endEvent_granted");
    AssessmentService.AssessmentView granted = assessments.get(id);
    assertThat(granted.candidates()).extracting(c -> c.proposalId() != null).containsExactly(true, true, false);
    AwardProposalView son2024 = awards.get(granted.candidates().get(1).proposalId());
    assertThat(son2024.subject()).isEqualTo("Biểu dương năm 2024 — Ngô Văn Sơn (Ủy ban MTTQ Việt Nam phường Bảo"
        + " Vinh)");
    assertThat(son2024.decision().decisionNumber()).isEqualTo("120/QĐ-MTTQ-BTT");
    assertThat(son2024.decision().decidedBy()).isEqualTo("dn-lk.lanhdao");
    assertThat(son2024.evidence()).singleElement().extracting(AwardProposalView.Evidence::description).asString()
        .startsWith("Xếp hạng 1 trong đợt tổng kết giai đoạn 2018 – 2024:");
    assertThat(son2024.trail()).extracting(AwardProposalView.Action::action).containsExactly("PROPOSED", "DECIDED");
  }
}
