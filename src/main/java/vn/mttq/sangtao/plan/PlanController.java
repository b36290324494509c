package vn.mttq.sangtao.plan;

import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.Downloads;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitAccess;

/** Plans over HTTP: draft and start issuance, read a plan, follow its progress down the tree. */
@RestController
@Tag(name = "Kế hoạch")
@RequestMapping("/api/plans")
class PlanController {

  private final PlanService planService;
  private final PlanCascadeService cascade;
  private final PlanIssuanceStarter starter;
  private final CurrentUser currentUser;
  private final UnitAccess access;
  private final PlanDocuments documents;
  private final PlanRegistration registration;
  private final SignedDocuments signed;

  PlanController(PlanService planService, PlanCascadeService cascade, PlanIssuanceStarter starter,
      CurrentUser currentUser, UnitAccess access, PlanDocuments documents, PlanRegistration registration,
      SignedDocuments signed) {
    this.registration = registration;
    this.signed = signed;
    this.access = access;
    this.documents = documents;
    this.planService = planService;
    this.cascade = cascade;
    this.starter = starter;
    this.currentUser = currentUser;
  }

  /** Saves the draft and sends it to the issuing committee's leaders for approval. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  PlanIssuanceStarter.Started create(@RequestBody PlanRequest request) {
    if (request.issuingUnitCode() == null || request.issuingUnitCode().isBlank()) {
      throw new BadInputException("Thiếu mã đơn vị ban hành (issuingUnitCode).");
    }
    access.requireStaff(request.issuingUnitCode(), "Chỉ cán bộ của đơn vị «" + request.issuingUnitCode()
        + "» được soạn kế hoạch của đơn vị đó.");
    return starter.start(request, currentUser.id());
  }

  /**
   * The whole plan, every section and every recipient with its own tasks: the issuing committee's line reads it; so
   * does the line of each unit of the tree the plan is addressed to.
   */
  @GetMapping("/{id}")
  PlanView get(@PathVariable Long id) {
    PlanView plan = planService.get(id);
    if (!access.reads(plan.issuingUnitCode())
        && plan.recipients().stream().noneMatch(r -> r.unitCode() != null && access.reads(r.unitCode()))) {
      access.requireReads(plan.issuingUnitCode(), "kế hoạch này");
    }
    return plan;
  }

  /**
   * Records a plan issued outside the system (on paper, or by a body outside the tree) with its own number and date;
   * a plan of this year or later then reaches its units. The recording unit's staff only.
   */
  @PostMapping(path = "/recorded", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  PlanRegistration.Recorded record(@RequestBody RecordedPlanRequest request) {
    if (request.recordingUnitCode() == null || request.recordingUnitCode().isBlank()) {
      throw new BadInputException("Thiếu mã đơn vị ghi nhận kế hoạch (recordingUnitCode).");
    }
    access.requireStaff(request.recordingUnitCode(), "Chỉ cán bộ của đơn vị «" + request.recordingUnitCode()
        + "» được ghi nhận kế hoạch cho đơn vị đó.");
    return registration.record(request, currentUser.id());
  }

  /**
   * Attaches the signed document (the scan of the signed plan, PDF or image, or a recorded plan's document): the
   * issuing committee's staff, or for a recorded plan, the staff of a unit it was recorded for.
   */
  @PostMapping(path = "/{id}/signed-document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> attachSigned(@PathVariable Long id, @RequestPart("file") MultipartFile file)
      throws java.io.IOException {
    PlanView plan = planService.get(id);
    boolean mayAttach = access.isStaff(plan.issuingUnitCode()) || plan.recorded() && plan.recipients().stream()
        .anyMatch(r -> r.kind() == RecipientKind.IMPLEMENT && access.isStaff(r.unitCode()));
    if (!mayAttach) {
      access.requireStaff(plan.issuingUnitCode(), "Chỉ cán bộ của đơn vị ban hành được đính kèm văn bản đã ký.");
    }
    signed.attach(id, new Attachments.Upload(file.getOriginalFilename(), file.getBytes()), currentUser.id());
    return Map.of("message", "Đã đính kèm văn bản đã ký của kế hoạch " + plan.numberAndSymbol() + ".");
  }

  /** The signed document, as attached (the latest one). */
  @GetMapping("/{id}/signed-document")
  ResponseEntity<byte[]> signedDocument(@PathVariable Long id) {
    PlanView plan = get(id);
    PlanFile file = signed.latest(id).orElseThrow(() -> new NotFoundException("Kế hoạch " + plan.numberAndSymbol()
        + " chưa có văn bản đã ký đính kèm."));
    return download(file.getFileName(), MediaType.parseMediaType(file.getContentType()), file.getContent());
  }

  /** The plan as the Word document its standing committee signs (a draft is marked «DỰ THẢO»). */
  @GetMapping(value = "/{id}/document.docx", produces = PlanDocuments.DOCX)
  ResponseEntity<byte[]> docx(@PathVariable Long id) {
    PlanView plan = get(id);
    return download(documents.fileName(plan, "docx"), MediaType.parseMediaType(PlanDocuments.DOCX),
        documents.docx(plan));
  }

  /** The same document as a PDF, to read and print. */
  @GetMapping(value = "/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable Long id) {
    PlanView plan = get(id);
    return download(documents.fileName(plan, "pdf"), MediaType.APPLICATION_PDF, documents.pdf(plan));
  }

  private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
    return Downloads.of(ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
        .build(), type, body);
  }

  /** How far the plan has gone down the tree: the issuing committee's line only. */
  @GetMapping("/{id}/progress")
  PlanProgress progress(@PathVariable Long id) {
    access.requireReads(planService.issuingUnitCode(id), "tiến độ triển khai kế hoạch này");
    return cascade.progress(id);
  }
}
