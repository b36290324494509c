package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.plan.PlanDraft;
import vn.mttq.sangtao.plan.PlanDrafting;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;
import vn.mttq.sangtao.unit.UnitService;

/**
 * A ward's half-year report form, opened through the engine REST API as Tasklist opens it: its figures are worked out
 * again at each opening and at submission, from what was accepted until then, and the report keeps what the system
 * had worked out beside what the staff member submitted.
 */
@SpringTest
class FreshReportFiguresTest {

  private static final int YEAR = 2034;
  private static final String WARD = "dn-p-longkhanh";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  PlanService planService;
  @Autowired
  PlanDrafting drafting;
  @Autowired
  ReportRepository reportRepository;
  @Autowired
  UnitService units;
  @Autowired
  ReportService reports;
  @Autowired
  ReportOpening opening;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theFiguresAreTakenAgainAtEachOpeningAndAtSubmissionAndBothAreKept() throws Exception {
    PlanView provincePlan = issue("dn", null, "Kế hoạch năm " + YEAR + " có số liệu tính lại", List.of(WARD));
    opening.openBatch(provincePlan.id(), ReportOpening.BATCH_SIZE);
    Task task = taskService.createTaskQuery().taskCandidateGroup(WARD + ".staff")
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).list().stream()
        .filter(t -> t.getName().contains(String.valueOf(YEAR))).findFirst().orElseThrow();
    Long provincePlanId = provincePlan.id();
    Http staff = Http.as(rest, WARD + ".canbo");

    JsonNode first = formVariables(staff, task);
    assertThat(first.has("propagandaSessions")).as("nothing accepted yet").isFalse();
    assertThat(first.path("reportInfo").path("value").asText()).contains("Số liệu do hệ thống tính lúc");

    PlanView wardPlan = issue(WARD, provincePlanId, "Kế hoạch của phường năm " + YEAR,
        List.of(WARD + "-kp1", WARD + "-hnd"));
    accepted(wardPlan, WARD + "-kp1", 3);
    JsonNode second = formVariables(staff, task);
    assertThat(second.path("propagandaSessions").path("value").asText()).isEqualTo("3");

    accepted(wardPlan, WARD + "-hnd", 2);
    assertThat(staff.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + WARD + ".canbo\"}")
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> submitted = staff.post("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"propagandaSessions\":{\"value\":\"6\"},\"narrative\":{\"value\":\"Đã rà soát lại\"}}}");
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);

    Report report = reportRepository.findAll().stream()
        .filter(r -> task.getProcessInstanceId().equals(r.getProcessInstanceId())).findFirst().orElseThrow();
    assertThat(report.get(Figure.PROPAGANDA_SESSIONS)).as("what the staff member sent").isEqualTo(6L);
    assertThat(report.computedFigures()).as("what the system had at submission")
        .containsEntry(Figure.PROPAGANDA_SESSIONS, 5L);
    assertThat(report.getComputedAt()).isNotNull();
    assertThat(ReportText.summary(reports.get(report.getId())))
        .contains("Số buổi tuyên truyền: 6 (hệ thống tính 5)");
  }

  private JsonNode formVariables(Http staff, Task task) throws Exception {
    ResponseEntity<String> answer = staff.get("/engine-rest/task/" + task.getId() + "/form-variables");
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private PlanView issue(String issuer, Long parentId, String title, List<String> implementers) {
    PlanView draft = drafting.submitDraft(null, issuer, parentId, new PlanDraft(title, YEAR, "KH-MTTQ-BTT", null,
        null, null, null, null, null, null, null, null, LocalDate.of(YEAR, 6, 7), LocalDate.of(YEAR, 11, 12), 15,
        implementers, List.of(), null, null), issuer + ".canbo");
    planService.issue(draft.id(), issuer + ".lanhdao");
    return planService.get(draft.id());
  }

  private void accepted(PlanView plan, String unit, long sessions) {
    Report report = new Report(plan.id(), units.get(unit).id(), units.get(WARD).id(), ReportPeriod.HALF_YEAR, YEAR,
        plan.halfYearReportDue(), Instant.now());
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.PROPAGANDA_SESSIONS, sessions);
    report.submit(figures, "Báo cáo của " + unit, unit + ".canbo", Instant.now(), false);
    report.accept(WARD + ".canbo", Instant.now());
    reportRepository.save(report);
  }
}
