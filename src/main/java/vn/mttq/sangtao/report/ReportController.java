package vn.mttq.sangtao.report;

import java.util.HashMap;
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

import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.unit.UnitAccess;

/** Reports over HTTP: submit and review (the same steps as in Tasklist), consolidate and export, inspections. */
@RestController
@RequestMapping("/api")
class ReportController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReportService reports;
  private final ConsolidationService consolidation;
  private final ConsolidationExport export;
  private final InspectionService inspections;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final UnitAccess access;

  ReportController(ReportService reports, ConsolidationService consolidation, ConsolidationExport export,
      InspectionService inspections, TaskService taskService, CurrentUser currentUser, UnitAccess access) {
    this.access = access;
    this.reports = reports;
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
   * A unit's report: {@code planId}, {@code unitCode}, {@code period} (HALF_YEAR, ANNUAL, PHASE_SUMMARY), the figures by their
   * field names and {@code narrative}. Refused when the unit does not implement the plan, the period does not
   * exist or is not open, a figure is negative or not a number, or the report was already accepted.
   */
  @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ReportView submit(@RequestBody Map<String, Object> body) {
    Object plan = body.get("planId");
    Long reportId = reports.reportOf(plan instanceof Number n ? n.longValue() : null,
        TaskForms.code(body, "unitCode"), TaskForms.code(body, "period"));
    ReportView report = reports.get(reportId);
    access.requireStaff(report.unitCode(), "Chỉ cán bộ của «" + report.unitName() + "» được nộp báo cáo.");
    Task task = taskService.createTaskQuery().processInstanceId(report.processInstanceId())
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).singleResult();
    if (task == null) {
      return reports.submit(reportId, body, currentUser.id());
    }
    Map<String, Object> values = new HashMap<>();
    ReportProcessBeans.SUBMIT_FIELDS.stream().filter(body::containsKey).forEach(f -> values.put(f, body.get(f)));
    taskService.setAssignee(task.getId(), currentUser.id());
    taskService.complete(task.getId(), values);
    return reports.get(reportId);
  }

  /** The receiving committee's consolidated report for a period, as JSON. */
  @GetMapping("/reports/consolidated")
  Consolidation consolidated(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    return consolidation.consolidate(unit, period, year);
  }

  @GetMapping("/reports/consolidated.xlsx")
  ResponseEntity<byte[]> consolidatedXlsx(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    Consolidation c = consolidation.consolidate(unit, period, year);
    return file(export.xlsx(c), XLSX, "tong-hop-" + c.unitCode() + "-" + c.period() + "-" + c.year() + ".xlsx");
  }

  @GetMapping("/reports/consolidated.docx")
  ResponseEntity<byte[]> consolidatedDocx(@RequestParam String unit, @RequestParam String period,
      @RequestParam(required = false) Integer year) {
    access.requireReads(unit, "báo cáo tổng hợp này");
    Consolidation c = consolidation.consolidate(unit, period, year);
    return file(export.docx(c), DOCX, "tong-hop-" + c.unitCode() + "-" + c.period() + "-" + c.year() + ".docx");
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
  record InspectionRequest(String inspectingUnitCode, String inspectedUnitCode, java.time.LocalDate visitDate,
      String findings) {
  }


  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString()).body(content);
  }
}
