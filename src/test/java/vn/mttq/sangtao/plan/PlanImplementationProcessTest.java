package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

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

import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.support.ProcessTest;

/** The cascade and {@code planImplementation}: receipt, the unit's own plan, recursion, reminders, escalation. */
class PlanImplementationProcessTest extends ProcessTest {

  private static final ZonedDateTime MARCH_2025 = ZonedDateTime.parse("2025-03-03T09:00:00+07:00");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  PlanService planService;
  @Autowired
  PlanDrafting drafting;
  @Autowired
  PlanCascadeService cascade;
  @Autowired
  NoticeService notices;

  @BeforeEach
  void inMarch2025() {
    moveClockTo(MARCH_2025);
  }

  /** The city of seed 000 issues a plan through planIssuance; returns the issued plan. */
  private PlanView cityIssuesPlan(String title) {
    identityService.setAuthentication("dn-lk.canbo", List.of());
    ProcessInstance issuance;
    try {
      issuance = runtimeService.startProcessInstanceByKey(PlanIssuanceProcess.KEY, Map.of("title", title,
          "year", 2025L, "basis", "Thực hiện Kế hoạch số 751/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"));
    } finally {
      identityService.clearAuthentication();
    }
    Long planId = (Long) runtimeService.getVariable(issuance.getId(), PlanIssuanceProcess.VAR_PLAN_ID);
    complete(taskOf(issuance.getId()), "dn-lk.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(issuance.getId());
    BpmnAwareTests.assertThat(issuance).isEnded();
    return planService.get(planId);
  }

  private ProcessInstance implementationOf(PlanView plan, String unitCode) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(cascade.processInstanceOf(plan.id(), unitCode).orElseThrow()).singleResult();
  }

  private Task taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void complete(Task task, String userId, Map<String, Object> variables) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), variables);
  }

  /** The build form as submitted: the prefilled values, as Tasklist sends them back, with changes. */
  private Map<String, Object> prefilledWith(Task task, Map<String, Object> changes) {
    Map<String, Object> values = new HashMap<>(taskService.getVariablesLocal(task.getId()));
    values.putAll(changes);
    return values;
  }

  @Test
  void everyImplementingRecipientGetsATaskAndInformationRecipientsANotice() {
    PlanView plan = cityIssuesPlan("Kế hoạch gửi các đơn vị");

    List<ProcessInstance> implementations = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PlanImplementationProcess.KEY)
        .processInstanceIds(java.util.Set.copyOf(cascade.processInstancesOf(plan.id()))).list();
    assertThat(implementations).hasSize(11);
    Task ward = taskOf(implementationOf(plan, "dn-lk-xuanan").getId());
    assertThat(ward.getName()).isEqualTo("Xác nhận đã nhận kế hoạch KH số " + plan.numberAndSymbol()
        + " (2025) — thành phố Long Khánh — Ủy ban MTTQ Việt Nam phường Xuân An");
    BpmnAwareTests.assertThat(ward).hasCandidateGroup("dn-lk-xuanan.staff");
    assertThat(ward.getDueDate()).isEqualTo(java.util.Date.from(
        ZonedDateTime.parse("2025-03-18T17:00:00+07:00").toInstant()));
    assertThat(cascade.processInstanceOf(plan.id(), "dn-lk-btvtu")).as("information only: no task").isEmpty();
    assertThat(notices.about("plan:" + plan.id())).extracting(NoticeService.NoticeView::recipientGroup)
        .as("those it was sent to for information or report, and the issuer's own staff and leaders (its number)")
        .containsExactlyInAnyOrder("dn.leaders", "dn-lk-btvtu.leaders", "dn-lk-bdvtu.leaders", "dn-lk-vptu.leaders",
            "dn-lk.staff", "dn-lk.leaders");
  }

  @Test
  void aPlanCascadesThreeLevelsDownToTheResidentialAreas() {
    PlanView cityPlan = cityIssuesPlan("Triển khai phong trào năm 2025");
    ProcessInstance ward = implementationOf(cityPlan, "dn-lk-xuanan");

    complete(taskOf(ward.getId()), "dn-lk-xuanan.canbo", Map.of("received", true));
    Task build = taskOf(ward.getId());
    assertThat(build.getName()).startsWith("Xây dựng kế hoạch thực hiện KH số " + cityPlan.numberAndSymbol());
    assertThat(taskService.getVariablesLocal(build.getId())).containsEntry("basis", "Thực hiện Kế hoạch số "
        + cityPlan.numberAndSymbol() + " ngày 03/03/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Long"
        + " Khánh về Triển khai phong trào năm 2025.");
    complete(build, "dn-lk-xuanan.canbo", prefilledWith(build, Map.of("title", "Kế hoạch của phường Xuân An")));

    // the ward's own plan goes to the ward's leaders through planIssuance
    executeDueJobs(ward.getId());
    ProcessInstance wardIssuance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(ward.getId())
        .singleResult();
    Task approval = taskOf(wardIssuance.getId());
    BpmnAwareTests.assertThat(approval).hasCandidateGroup("dn-lk-xuanan.leaders");
    complete(approval, "dn-lk-xuanan.lanhdao", Map.of("decision", "approve"));
    executeDueJobs(wardIssuance.getId());
    BpmnAwareTests.assertThat(ward).isEnded();

    Long wardPlanId = cascade.implementation((Long) historicVariable(ward, "implementationId")).ownPlanId();
    PlanView wardPlan = planService.get(wardPlanId);
    assertThat(wardPlan.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(wardPlan.parentPlanId()).isEqualTo(cityPlan.id());
    assertThat(wardPlan.basis()).startsWith("Thực hiện Kế hoạch số " + cityPlan.numberAndSymbol());

    // third level: a residential area records its plan
    ProcessInstance area = implementationOf(wardPlan, "dn-lk-xuanan-kp1");
    BpmnAwareTests.assertThat(taskOf(area.getId())).hasCandidateGroup("dn-lk-xuanan-kp1.staff");
    complete(taskOf(area.getId()), "dn-lk-xuanan-kp1.canbo", Map.of("received", true));
    Task areaBuild = taskOf(area.getId());
    complete(areaBuild, "dn-lk-xuanan-kp1.canbo", prefilledWith(areaBuild, Map.of()));
    BpmnAwareTests.assertThat(area).isEnded().hasNotPassed(PlanImplementationProcess.CALL_ACTIVITY_ISSUE);
    PlanCascadeService.ImplementationView areaDone = cascade.implementation(
        (Long) historicVariable(area, "implementationId"));
    assertThat(areaDone.status()).isEqualTo(ImplementationStatus.RECORDED);
    assertThat(planService.get(areaDone.ownPlanId()).basis()).startsWith("Thực hiện Kế hoạch số "
        + wardPlan.numberAndSymbol());
    assertThat(cascade.implementation((Long) historicVariable(ward, "implementationId")).status())
        .isEqualTo(ImplementationStatus.PLAN_ISSUED);
  }

  @Test
  void remindersFallThreeDaysAndOneDayBeforeTheDeadlineThenTheLeadersAreTold() {
    PlanView plan = cityIssuesPlan("Kế hoạch có hạn");
    ProcessInstance watch = watchOf(plan);
    ProcessInstance farmers = implementationOf(plan, "dn-lk-hnd");
    finish(implementationOf(plan, "dn-lk-ccb"), "dn-lk-ccb");
    assertThat(plan.implementationDue()).isEqualTo(LocalDate.of(2025, 3, 18));

    moveClockTo(ZonedDateTime.parse("2025-03-15T07:59:00+07:00"));
    assertThat(executeDueJobs(watch.getId())).isZero();
    moveClockTo(ZonedDateTime.parse("2025-03-15T08:00:00+07:00"));
    executeDueJobs(watch.getId());
    assertThat(noticesOf(plan, "dn-lk-hnd.staff")).containsExactly(
        "Còn 3 ngày để xây dựng kế hoạch thực hiện " + plan.numberAndSymbol());

    moveClockTo(ZonedDateTime.parse("2025-03-17T08:00:00+07:00"));
    executeDueJobs(watch.getId());
    moveClockTo(ZonedDateTime.parse("2025-03-18T23:59:00+07:00"));
    assertThat(executeDueJobs(watch.getId())).isZero();
    moveClockTo(ZonedDateTime.parse("2025-03-19T08:00:00+07:00"));
    executeDueJobs(watch.getId());

    assertThat(noticesOf(plan, "dn-lk-hnd.staff")).containsExactlyInAnyOrder(
        "Còn 3 ngày để xây dựng kế hoạch thực hiện " + plan.numberAndSymbol(),
        "Còn 1 ngày để xây dựng kế hoạch thực hiện " + plan.numberAndSymbol(),
        "Quá hạn: Hội Nông dân thành phố Long Khánh chưa xây dựng kế hoạch thực hiện " + plan.numberAndSymbol());
    assertThat(noticesOf(plan, "dn-lk-ccb.staff")).isEmpty();
    List<NoticeService.NoticeView> toLeaders = notices.about("plan:" + plan.id()).stream()
        .filter(n -> n.recipientGroup().equals("dn-lk.leaders") && n.kind().equals("ESCALATION")).toList();
    assertThat(toLeaders).singleElement().satisfies(notice -> {
      assertThat(notice.title()).isEqualTo("10 đơn vị chưa xây dựng kế hoạch thực hiện " + plan.numberAndSymbol());
      assertThat(notice.body()).contains("Hội Nông dân thành phố Long Khánh").doesNotContain("Cựu chiến binh")
          .endsWith("Hạn là ngày 18/03/2025.");
    });
    BpmnAwareTests.assertThat(watch).isEnded().hasPassed("endEvent_escalated");
    BpmnAwareTests.assertThat(farmers).isWaitingAt(PlanImplementationProcess.USER_TASK_ACKNOWLEDGE);
    assertThat(cascade.implementation((Long) runtimeService.getVariable(farmers.getId(), "implementationId"))
        .status()).isEqualTo(ImplementationStatus.PENDING);
  }

  @Test
  void theWatchStopsOnceEveryUnitsPlanIsDoneAndSendsNothingMore() {
    PlanView plan = cityIssuesPlan("Kế hoạch làm sớm");
    ProcessInstance watch = watchOf(plan);
    for (String processInstanceId : cascade.processInstancesOf(plan.id())) {
      ProcessInstance implementation = runtimeService.createProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      finish(implementation, cascade.implementation(
          (Long) runtimeService.getVariable(processInstanceId, "implementationId")).unitCode());
    }

    moveClockTo(ZonedDateTime.parse("2025-03-15T08:00:00+07:00"));
    executeDueJobs(watch.getId());
    moveClockTo(ZonedDateTime.parse("2025-03-20T09:00:00+07:00"));
    assertThat(executeDueJobs(watch.getId())).isZero();

    BpmnAwareTests.assertThat(watch).isEnded().hasPassed("endEvent_allDone").hasNotPassed("endEvent_escalated");
    assertThat(notices.about("plan:" + plan.id())).noneMatch(n -> n.kind().equals("REMINDER")
        || n.kind().equals("ESCALATION"));
  }

  /** A recipient acknowledges and builds its plan; a committee's own plan is approved by its leaders. */
  private void finish(ProcessInstance implementation, String unitCode) {
    complete(taskOf(implementation.getId()), unitCode + ".canbo", Map.of("received", true));
    Task build = taskOf(implementation.getId());
    complete(build, unitCode + ".canbo", prefilledWith(build, Map.of()));
    executeDueJobs(implementation.getId());
    ProcessInstance issuance = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(implementation.getId()).singleResult();
    if (issuance != null) {
      complete(taskOf(issuance.getId()), unitCode + ".lanhdao", Map.of("decision", "approve"));
      executeDueJobs(issuance.getId());
    }
    BpmnAwareTests.assertThat(implementation).isEnded();
  }

  private ProcessInstance watchOf(PlanView plan) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanDeadlineWatchProcess.KEY)
        .variableValueEquals(PlanDeadlineWatchProcess.VAR_PLAN_ID, plan.id()).singleResult();
  }

  @Test
  void aRetriedCascadeStepStartsNobodyTwice() {
    PlanView plan = cityIssuesPlan("Kế hoạch gửi một lần");
    long started = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanImplementationProcess.KEY)
        .count();

    boolean more = cascade.cascadeBatch(plan.id(), PlanCascadeService.BATCH_SIZE);

    assertThat(more).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanImplementationProcess.KEY)
        .count()).isEqualTo(started);
    assertThat(cascade.processInstancesOf(plan.id())).hasSize(11).doesNotHaveDuplicates();
  }

  @Test
  void theCascadeGoesInBatches() {
    PlanView draft = drafting.submitDraft(null, "dn-lk", null, new PlanDraft("Kế hoạch gửi từng đợt", 2025,
        "KH-MTTQ-BTT", null, null, null, null, null, null, null, null, null, LocalDate.of(2025, 6, 7),
        LocalDate.of(2025, 11, 12), 15, null, null, null, null), "dn-lk.canbo");
    planService.issue(draft.id(), "dn-lk.lanhdao");

    assertThat(cascade.cascadeBatch(draft.id(), 4)).isTrue();
    assertThat(cascade.cascadeBatch(draft.id(), 4)).isTrue();
    assertThat(cascade.cascadeBatch(draft.id(), 4)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanImplementationProcess.KEY)
        .processInstanceIds(java.util.Set.copyOf(cascade.processInstancesOf(draft.id()))).count()).isEqualTo(11);
  }

  private List<String> noticesOf(PlanView plan, String group) {
    return notices.about("plan:" + plan.id()).stream().filter(n -> group.equals(n.recipientGroup()))
        .map(NoticeService.NoticeView::title).toList();
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}
