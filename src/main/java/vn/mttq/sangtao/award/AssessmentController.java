package vn.mttq.sangtao.award;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.unit.UnitAccess;

/** Assessments over HTTP: open one on demand (a year, or a phase such as 2018–2024) and read its ranked list. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentController {

  private final AssessmentService assessments;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final UnitAccess access;

  AssessmentController(AssessmentService assessments, RuntimeService runtimeService, CurrentUser currentUser,
      IdentityService identityService, UnitAccess access) {
    this.access = access;
    this.identityService = identityService;
    this.assessments = assessments;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /** Opens an assessment: {@code unitCode}, {@code fromYear}, {@code toYear}, {@code awardForm} (default biểu dương). */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  AssessmentService.AssessmentView open(@RequestBody Map<String, Object> body) {
    Object unit = body.get("unitCode");
    if (unit == null) {
      throw new ForbiddenException("Chỉ cán bộ của đơn vị được mở đợt đánh giá của đơn vị đó.");
    }
    access.requireStaff(unit.toString().strip(), "Chỉ cán bộ của đơn vị được mở đợt đánh giá của đơn vị đó.");
    Map<String, Object> variables = new HashMap<>();
    for (String field : AssessmentProcessBeans.START_FIELDS) {
      if (body.get(field) != null) {
        variables.put(field, body.get(field));
      }
    }
    String instanceId = runtimeService.startProcessInstanceByKey(AnnualAssessmentProcess.KEY, variables).getId();
    Long id = (Long) AsSystem.call(identityService,
        () -> runtimeService.getVariable(instanceId, AnnualAssessmentProcess.VAR_ASSESSMENT_ID));
    return assessments.get(id);
  }

  @GetMapping("/{id}")
  AssessmentService.AssessmentView get(@PathVariable Long id) {
    AssessmentService.AssessmentView view = assessments.get(id);
    access.requireReads(view.unitCode(), "đợt đánh giá này");
    return view;
  }
}
