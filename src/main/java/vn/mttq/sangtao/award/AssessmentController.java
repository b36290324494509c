package vn.mttq.sangtao.award;


import io.swagger.v3.oas.annotations.tags.Tag;
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

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.shared.process.FormAnswers;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.unit.UnitAccess;
import vn.mttq.sangtao.unit.UnitView;

/** Assessments over HTTP: open one on demand (a year, or a phase such as 2018–2024) and read its ranked list. */
@RestController
@Tag(name = "Đánh giá, tổng kết")
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

  /** Opens an assessment of a unit's movement over one or more years (the start form {@code startAssessment}). */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  AssessmentService.AssessmentView open(@RequestBody AssessmentOpening opening) {
    if (opening.unitCode() == null) {
      throw new ForbiddenException("Chỉ cán bộ của đơn vị được mở đợt đánh giá của đơn vị đó.");
    }
    access.requireStaff(opening.unitCode().strip(), "Chỉ cán bộ của đơn vị được mở đợt đánh giá của đơn vị đó.");
    String instanceId = runtimeService.startProcessInstanceByKey(AnnualAssessmentProcess.KEY,
        FormAnswers.of(opening, AssessmentProcessBeans.START_FIELDS)).getId();
    Long id = AnnualAssessmentProcess.ASSESSMENT_ID.of(AsSystem.call(identityService,
        () -> runtimeService.getVariable(instanceId, AnnualAssessmentProcess.VAR_ASSESSMENT_ID)));
    return assessments.get(id);
  }

  /** The answers of the start form {@code startAssessment}. */
  record AssessmentOpening(
      @Schema(description = "Đơn vị được đánh giá (mã)", maxLength = UnitView.CODE_LENGTH) String unitCode,
      @Schema(description = "Từ năm") Integer fromYear,
      @Schema(description = "Đến năm (một năm: đánh giá hằng năm; nhiều năm: tổng kết giai đoạn)") Integer toYear,
      @Schema(description = "Hình thức khen thưởng (mã; mặc định biểu dương)") String awardForm) {
  }

  @GetMapping("/{id}")
  AssessmentService.AssessmentView get(@PathVariable Long id) {
    AssessmentService.AssessmentView view = assessments.get(id);
    access.requireReads(view.unitCode(), "đợt đánh giá này");
    return view;
  }
}
