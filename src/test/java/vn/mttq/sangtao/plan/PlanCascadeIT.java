package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresIT;

/** A plan of the province cascades three levels down on PostgreSQL, driven through the API and the engine. */
@PostgresIT
class PlanCascadeIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  PlanCascadeService cascade;

  @Test
  void aProvincialPlanReachesTheResidentialAreasAndProgressShowsIt() {
    ResponseEntity<Map> created = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans", Map.of(
        "issuingUnitCode", "dn", "title", "Triển khai Phong trào “Đoàn kết sáng tạo” năm 2027", "year", 2027,
        "basis", "Thực hiện Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String provinceIssuance = (String) created.getBody().get("processInstanceId");
    Number planId = (Number) ((Map<?, ?>) created.getBody().get("plan")).get("id");

    approve(provinceIssuance, "dn.lanhdao");
    String ward = implementation(planId.longValue(), "dn-p-longkhanh");
    Long wardImplementation = (Long) runtimeService.getVariable(ward, "implementationId");
    complete(ward, "dn-p-longkhanh.canbo", Map.of("received", true));
    Task build = single(ward);
    Map<String, Object> form = new HashMap<>(taskService.getVariablesLocal(build.getId()));
    complete(ward, "dn-p-longkhanh.canbo", form);
    runJobs();
    String wardIssuance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(ward).singleResult()
        .getId();
    approve(wardIssuance, "dn-p-longkhanh.lanhdao");
    Long wardPlanId = cascade.implementation(wardImplementation).ownPlanId();
    String area = implementation(wardPlanId, "dn-p-longkhanh-kp1");
    complete(area, "dn-p-longkhanh-kp1.canbo", Map.of("received", true));
    complete(area, "dn-p-longkhanh-kp1.canbo", new HashMap<>(taskService.getVariablesLocal(single(area).getId())));

    ResponseEntity<Map> progress = rest.withBasicAuth("dn.lanhdao", "demo")
        .getForEntity("/api/plans/" + planId + "/progress", Map.class);
    assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(progress.getBody()).containsEntry("levels", 2).containsEntry("recipients", 19)
        .containsEntry("overdue", 0);
    assertThat((Map<String, Object>) progress.getBody().get("byStatus")).containsEntry("PLAN_ISSUED", 1)
        .containsEntry("RECORDED", 1).containsEntry("PENDING", 17).containsEntry("ACKNOWLEDGED", 0);
  }

  @Test
  void badPlansAreRefusedWithProblemJsonAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanIssuanceProcess.KEY).count();

    ResponseEntity<Map> noTitle = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans",
        Map.of("issuingUnitCode", "dn", "title", " ", "year", 2027), Map.class);
    ResponseEntity<Map> foreign = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans",
        Map.of("issuingUnitCode", "dn", "title", "Kế hoạch", "year", 2027,
            "implementRecipients", List.of("dn-p-longkhanh-kp1")), Map.class);
    ResponseEntity<Map> none = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans",
        Map.of("issuingUnitCode", "dn", "title", "Kế hoạch", "year", 2027, "implementRecipients", List.of()),
        Map.class);
    ResponseEntity<Map> notStaff = rest.withBasicAuth("dn-p-binhloc.canbo", "demo").postForEntity("/api/plans",
        Map.of("issuingUnitCode", "dn", "title", "Kế hoạch", "year", 2027), Map.class);

    assertThat(List.of(noTitle, foreign, none)).allSatisfy(answer -> {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    });
    assertThat((List<String>) noTitle.getBody().get("errors")).containsExactly("Tên kế hoạch không được để trống.");
    assertThat((List<String>) foreign.getBody().get("errors")).containsExactly("«Ban công tác Mặt trận khu phố 1,"
        + " phường Long Khánh» không phải Ủy ban MTTQ cấp dưới hay tổ chức thành viên của đơn vị ban hành, nên không"
        + " thể là đơn vị thực hiện kế hoạch.");
    assertThat((List<String>) none.getBody().get("errors")).containsExactly("Kế hoạch phải có ít nhất một đơn vị"
        + " thực hiện (Ủy ban MTTQ cấp dưới hoặc tổ chức thành viên).");
    assertThat(notStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanIssuanceProcess.KEY).count())
        .isEqualTo(before);
  }

  private void approve(String issuance, String leader) {
    complete(issuance, leader, Map.of("decision", "approve"));
    runJobs();
  }

  private String implementation(Long planId, String unitCode) {
    return cascade.processInstanceOf(planId, unitCode).orElseThrow();
  }

  private Task single(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void complete(String processInstanceId, String userId, Map<String, Object> variables) {
    Task task = single(processInstanceId);
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), variables);
  }

  private void runJobs() {
    EngineJobs.runDue(managementService);
  }
}
