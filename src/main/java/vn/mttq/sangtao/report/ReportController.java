package vn.mttq.sangtao.report;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.process.FormAnswers;
import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.CodeText;
import vn.mttq.sangtao.shared.web.Downloads;
import vn.mttq.sangtao.unit.UnitAccess;
import vn.mttq.sangtao.unit.UnitView;

/** Reports over HTTP: submit and review (the same steps as in Tasklist), consolidate and export, inspections. */
@RestController
@Tag(name = "Báo cáo")
@RequestMapping("/api")
class ReportController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReportService reports;
  private final ReportSubmission submission;
  private final ConsolidationService consolidation;
  private final ConsolidationExport export;
  private final InspectionService inspections;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final UnitAccess access;
  private final ReportHistory history;

  ReportController(ReportService reports, ReportSubmission submission, ConsolidationService consolidation,
      ConsolidationExport export, InspectionService inspections, TaskService taskService, CurrentUser currentUser,
      UnitAccess access, ReportHistory history) {
    this.history = history;
    this.access = access;
    this.reports = reports;
    this.submission = submission;
    this.consolidation = consolidation;
    this.export = export;
    this.inspections = inspections;
    this.taskService = taskService;
    this.currentUser = currentUser;
  }

  @GetMapping("/reports/{id}")
  ReportView get(@PathVariable Long id) {
    ReportView report = reports.get(id);
    access.requireReads(report.unitCode(), "báo cáo này");
    return report;
  }

  /**
   * A unit's report, the same as the Tasklist form: refused when the unit does not implement the plan, the period does
   * not exist or is not open, a figure is negative or not a whole number, or the report was already accepted.
   */
  @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ReportView submit(@RequestBody ReportForm form) {
    Long reportId = reports.reportOf(form.planId(), TaskForms.code(form.unitCode(), "unitCode"),
        TaskForms.code(form.period(), "period"));
    ReportView report = reports.get(reportId);
    access.requireStaff(report.unitCode(), "Chỉ cán bộ của «" + report.unitName() + "» được nộp báo cáo.");
    Map<String, Object> answers = FormAnswers.of(form, ReportProcessBeans.SUBMIT_FIELDS);
    Task task = taskService.createTaskQuery().processInstanceId(report.processInstanceId())
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).singleResult();
    if (task == null) {
      return submission.submit(reportId, answers, currentUser.id());
    }
    taskService.setAssignee(task.getId(), currentUser.id());
    taskService.complete(task.getId(), answers);
    return reports.get(reportId);
  }

  /**
   * Which report (the plan, the unit and the period) and the answers of the form {@code submitReport}: each figure a
   * whole number, sent as a number or as text written the Vietnamese way ("1.250"); left out, it stays empty.
   */
  record ReportForm(
      @Schema(description = "Kế hoạch (số định danh)") Long planId,
      @Schema(description = "Đơn vị báo cáo (mã)", maxLength = UnitView.CODE_LENGTH)
      @JsonDeserialize(using = CodeText.class) String unitCode,
      @Schema(description = "Kỳ báo cáo", implementation = ReportPeriod.class)
      @JsonDeserialize(using = CodeText.class) String period,
      @Schema(description = "Số buổi tuyên truyền", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object propagandaSessions,
      @Schema(description = "Số lượt người tham dự tuyên truyền", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object propagandaParticipants,
      @Schema(description = "Số mô hình xây dựng mới", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object modelsBuilt,
      @Schema(description = "Số mô hình được nhân rộng", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object modelsReplicated,
      @Schema(description = "Số sáng kiến, ý tưởng đăng ký", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object initiativesSubmitted,
      @Schema(description = "Số sáng kiến được công nhận", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object initiativesRecognised,
      @Schema(description = "Số sáng kiến được áp dụng", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object initiativesApplied,
      @Schema(description = "Số sáng kiến đề xuất Hội đồng Khoa học - Công nghệ tỉnh", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object initiativesProposedSt,
      @Schema(description = "Số tập thể được biểu dương, khen thưởng", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object collectivesCommended,
      @Schema(description = "Số cá nhân được biểu dương, khen thưởng", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object individualsCommended,
      @Schema(description = "Nguồn lực vận động (đồng)", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object resourcesVnd,
      @Schema(description = "Số cuộc kiểm tra", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object inspectionsHeld,
      @Schema(description = "Số Câu lạc bộ thi đua phát huy sáng kiến thành lập", types = {"integer", "string"},
          pattern = WholeNumbers.WRITTEN_PATTERN, example = "1.250") Object clubsFormed,
      @Schema(description = "Đánh giá chung, kết quả nổi bật, khó khăn, kiến nghị",
          maxLength = ReportFigures.NARRATIVE_MAX) String narrative) {
  }

  /**
   * A past period's report entered from the paper the unit sent (a year brought into the system late): the unit's
   * staff or the receiving committee's enter it; kept as accepted and marked as entered late.
   */
  @PostMapping(path = "/reports/history", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ReportView enterPast(@RequestBody PastReport past) {
    ReportForm form = past.report() == null ? new ReportForm(null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null) : past.report();
    ReportService.Target target = reports.target(form.planId(), TaskForms.code(form.unitCode(), "unitCode"),
        TaskForms.code(form.period(), "period"));
    if (!access.isStaff(target.unit().code())) {
      access.requireStaff(target.plan().issuingUnitCode(), "Chỉ cán bộ của «" + target.unit().name()
          + "» hoặc của đơn vị nhận báo cáo được nhập báo cáo này.");
    }
    return history.enter(target, FormAnswers.of(form, ReportProcessBeans.SUBMIT_FIELDS), past.sentOn(),
        currentUser.id());
  }

  /** A past period's report as the unit sent it on paper, and the day on that paper. */
  record PastReport(@Schema(description = "Báo cáo, như biểu mẫu nộp báo cáo") ReportForm report,
      @Schema(description = "Ngày của văn bản báo cáo đơn vị đã gửi") java.time.LocalDate sentOn) {
  }

  /** The receiving committee's consolidated report for a period, as JSON. */
  @GetMapping("/reports/consolidated")
  Consolidation consolidated(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Long plan) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    return consolidation.consolidate(unit, period, year, plan);
  }

  @GetMapping("/reports/consolidated.xlsx")
  ResponseEntity<byte[]> consolidatedXlsx(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Long plan) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    Consolidation c = consolidation.consolidate(unit, period, year, plan);
    return file(export.xlsx(c), XLSX, c.fileName("xlsx"));
  }

  @GetMapping("/reports/consolidated.docx")
  ResponseEntity<byte[]> consolidatedDocx(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Long plan) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    Consolidation c = consolidation.consolidate(unit, period, year, plan);
    return file(export.docx(c), DOCX, c.fileName("docx"));
  }

  @PostMapping(path = "/inspections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  InspectionService.InspectionView inspect(@RequestBody InspectionRequest request) {
    if (request.inspectingUnitCode() != null) {
      access.requireStaff(request.inspectingUnitCode().strip(), "Chỉ cán bộ của đơn vị kiểm tra được ghi cuộc kiểm"
          + " tra.");
    }
    return inspections.record(request.inspectingUnitCode(), request.inspectedUnitCode(), request.visitDate(),
        request.findings(), currentUser.id());
  }

  @GetMapping("/inspections")
  List<InspectionService.InspectionView> inspections(@RequestParam String unit) {
    access.requireReads(unit, "các cuộc kiểm tra của đơn vị này");
    return inspections.by(unit);
  }

  /** An inspection visit as sent. */
  record InspectionRequest(
      @Schema(description = "Đơn vị kiểm tra (mã)", maxLength = UnitView.CODE_LENGTH) String inspectingUnitCode,
      @Schema(description = "Đơn vị được kiểm tra (mã)", maxLength = UnitView.CODE_LENGTH) String inspectedUnitCode,
      @Schema(description = "Ngày kiểm tra") java.time.LocalDate visitDate,
      @Schema(description = "Kết quả kiểm tra", maxLength = InspectionService.FINDINGS_MAX) String findings) {
  }


  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return Downloads.of(ContentDisposition.attachment().filename(name).build(), type, content);
  }
}
