package vn.mttq.sangtao.initiative;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.shared.process.FormAnswers;
import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.Downloads;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.unit.UnitAccess;
import vn.mttq.sangtao.unit.UnitView;

/** Initiatives over HTTP for staff: submit (JSON, or multipart with files), read, similar ones, attachments. */
@RestController
@Tag(name = "Sáng kiến")
@RequestMapping("/api/initiatives")
class InitiativeController {

  private final InitiativeService initiatives;
  private final InitiativeApplications applications;
  private final InitiativeSearch search;
  private final InitiativeSubmissions submissions;
  private final CouncilService council;
  private final MinutesService minutes;
  private final CurrentUser currentUser;
  private final TaskService taskService;
  private final UnitAccess access;

  InitiativeController(InitiativeService initiatives, InitiativeApplications applications, InitiativeSearch search,
      InitiativeSubmissions submissions, CouncilService council, MinutesService minutes, CurrentUser currentUser,
      TaskService taskService, UnitAccess access) {
    this.access = access;
    this.initiatives = initiatives;
    this.applications = applications;
    this.search = search;
    this.submissions = submissions;
    this.council = council;
    this.minutes = minutes;
    this.currentUser = currentUser;
    this.taskService = taskService;
  }

  /** Initiatives by status, receiving committee's subtree, content area and year (newest first). */
  @GetMapping
  PageOf<InitiativeListItem> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String contentArea,
      @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    String scope = access.scopeOf(unit, "danh sách sáng kiến của đơn vị này");
    return PageOf.of(search.search(status, scope, contentArea, year, page, size));
  }

  /**
   * A council member's vote (the same as completing the scoring task in Tasklist): the five verdicts with comments and
   * an optional score, or {@code recuse} with a reason.
   */
  @PostMapping(path = "/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> vote(@PathVariable Long id, @RequestBody Vote vote) {
    InitiativeView initiative = initiatives.get(id);
    Map<String, Object> answers = FormAnswers.of(vote, InitiativeForms.VOTE);
    Ballot parsed = InitiativeForms.ballot(answers);
    String recusal = InitiativeForms.recusal(answers);
    council.checkVote(id, currentUser.id(), parsed, recusal);
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(initiative.trackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_VOTE).taskAssignee(currentUser.id()).singleResult();
    if (task == null) {
      throw new BadInputException("Không có phiếu chấm nào đang chờ bạn cho sáng kiến này.");
    }
    taskService.complete(task.getId(), answers);
    return Map.of("message", recusal != null ? "Đã ghi nhận việc rút lui." : "Đã ghi nhận phiếu chấm.");
  }

  /** The answers of the form {@code voteInitiative}: a verdict and a comment per criterion (seed 001, II.3). */
  record Vote(
      @Schema(description = "Rút lui khỏi việc chấm (có quan hệ với tác giả)") Boolean recuse,
      @Schema(description = "Lý do rút lui", maxLength = InitiativeForms.RECUSAL_MAX) String recusalReason,
      @Schema(description = "Điểm (không bắt buộc)", minimum = "0", maximum = "100") Integer score,
      @Schema(description = "Tính mới: đạt hay không") Boolean noveltyMet,
      @Schema(description = "Nhận xét về tính mới", maxLength = InitiativeForms.COMMENT_MAX)
      String noveltyComment,
      @Schema(description = "Tính phù hợp: đạt hay không") Boolean suitabilityMet,
      @Schema(description = "Nhận xét về tính phù hợp", maxLength = InitiativeForms.COMMENT_MAX)
      String suitabilityComment,
      @Schema(description = "Tính tập thể: đạt hay không") Boolean collectivityMet,
      @Schema(description = "Nhận xét về tính tập thể", maxLength = InitiativeForms.COMMENT_MAX)
      String collectivityComment,
      @Schema(description = "Tính thiết thực, hiệu quả: đạt hay không") Boolean effectivenessMet,
      @Schema(description = "Nhận xét về tính thiết thực, hiệu quả", maxLength = InitiativeForms.COMMENT_MAX)
      String effectivenessComment,
      @Schema(description = "Tính kinh tế: đạt hay không") Boolean economyMet,
      @Schema(description = "Nhận xét về tính kinh tế", maxLength = InitiativeForms.COMMENT_MAX)
      String economyComment) {
  }

  /**
   * The receiving committee's leaders name the council (the same as the Tasklist form): at least three members by
   * login name, one of them the chair, and the days allowed for voting.
   */
  @PostMapping(path = "/{id}/council", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> nameCouncil(@PathVariable Long id, @RequestBody CouncilRequest request) {
    InitiativeView initiative = initiatives.get(id);
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(initiative.trackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_NAME_COUNCIL).singleResult();
    if (task == null) {
      throw new BadInputException("Sáng kiến này không chờ lập hội đồng.");
    }
    access.requireLeader(initiative.receivingUnitCode(), "Chỉ lãnh đạo của «" + initiative.receivingUnitName()
        + "» được lập hội đồng.");
    Map<String, Object> values = new HashMap<>();
    values.put("councilMembers", request.members() == null ? "" : String.join("\n", request.members()));
    values.put("councilChair", request.chair());
    values.put("votingDays", request.votingDays());
    taskService.complete(task.getId(), values);
    return Map.of("voters", council.voters(id));
  }

  /** A council as named through the API. */
  record CouncilRequest(
      @ArraySchema(arraySchema = @Schema(description = "Thành viên hội đồng (tên đăng nhập), ít nhất ba người"),
          schema = @Schema(maxLength = CouncilAppointment.USER_ID_MAX)) List<String> members,
      @Schema(description = "Chủ tịch hội đồng (tên đăng nhập), một trong các thành viên",
          maxLength = CouncilAppointment.USER_ID_MAX) String chair,
      @Schema(description = "Số ngày bỏ phiếu") Integer votingDays) {
  }

  /** The receiving committee's leaders name another chair among the voting members (when the chair withdrew). */
  @PostMapping(path = "/{id}/council/chair", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> nameChair(@PathVariable Long id, @RequestBody ChairRequest request) {
    InitiativeView initiative = initiatives.get(id);
    access.requireLeader(initiative.receivingUnitCode(), "Chỉ lãnh đạo của «" + initiative.receivingUnitName()
        + "» được chỉ định chủ tịch hội đồng.");
    council.nameChair(id, request.chair() == null ? "" : request.chair().strip());
    return Map.of("chair", request.chair().strip(), "voters", council.voters(id));
  }

  /** The member named chair. */
  record ChairRequest(@Schema(description = "Chủ tịch hội đồng (tên đăng nhập), một thành viên chưa rút lui",
      maxLength = CouncilAppointment.USER_ID_MAX) String chair) {
  }

  /** The chair ends the vote once two thirds of the voting members have voted; the decision follows. */
  @PostMapping("/{id}/council/close")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> close(@PathVariable Long id) {
    council.close(id, currentUser.id());
    return Map.of("message", "Đã kết thúc bỏ phiếu; hội đồng sẽ kiểm phiếu và quyết định.");
  }

  @GetMapping("/{id}/minutes")
  MinutesView minutes(@PathVariable Long id) {
    requireReader(id);
    return minutes.minutes(id);
  }

  @GetMapping(path = "/{id}/minutes.html", produces = MediaType.TEXT_HTML_VALUE)
  String printableMinutes(@PathVariable Long id) {
    requireReader(id);
    return minutes.printable(id);
  }

  /** A unit records that it applies a recognised initiative: its own staff or leaders, or an administrator. */
  @PostMapping(path = "/{id}/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> apply(@PathVariable Long id, @RequestBody ApplicationRequest request) {
    access.requireMember(request.unitCode(), "Chỉ cán bộ của đơn vị «" + request.unitCode()
        + "» được ghi nhận đơn vị đó áp dụng sáng kiến.");
    applications.record(id, request.unitCode(), request.appliedFrom(), request.result(),
        currentUser.id());
    return Map.of("message", "Đã ghi nhận đơn vị áp dụng sáng kiến.");
  }

  /** A unit applying an initiative since a date, with what it achieved. */
  record ApplicationRequest(
      @Schema(description = "Đơn vị áp dụng (mã)", maxLength = UnitView.CODE_LENGTH) String unitCode,
      @Schema(description = "Ngày bắt đầu áp dụng") LocalDate appliedFrom,
      @Schema(description = "Kết quả áp dụng", maxLength = InitiativeApplications.RESULT_MAX) String result) {
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView submit(@RequestBody InitiativeSubmission submission) {
    return submissions.submit(submission, List.of(), SubmissionChannel.API, currentUser.id());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView submitWithFiles(@RequestPart("initiative") InitiativeSubmission submission,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) throws IOException {
    return submissions.submit(submission, uploads(files), SubmissionChannel.API, currentUser.id());
  }

  @GetMapping("/{id}")
  InitiativeView get(@PathVariable Long id) {
    requireReader(id);
    return initiatives.get(id);
  }

  @GetMapping("/{id}/similar")
  List<NoveltySearch.Similar> similar(@PathVariable Long id, @RequestParam(defaultValue = "5") int limit) {
    requireReader(id);
    return initiatives.similar(id, Math.max(1, Math.min(limit, 20)));
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
    requireReader(id);
    InitiativeAttachment file = initiatives.attachment(id, attachmentId);
    return Downloads.of(ContentDisposition.attachment().filename(file.getFileName(), StandardCharsets.UTF_8).build(),
        MediaType.parseMediaType(file.getContentType()), file.getContent());
  }

  private void requireReader(Long id) {
    if (!initiatives.mayRead(id, currentUser.id(), currentUser.groupIds(), currentUser.isAdministrator())) {
      throw new ForbiddenException("Chỉ cán bộ của Ủy ban tiếp nhận sáng kiến (hoặc cấp trên) được xem sáng kiến này.");
    }
  }

  static List<Attachments.Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Attachments.Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile file : files) {
        if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
          uploads.add(new Attachments.Upload(file.getOriginalFilename(), file.getBytes()));
        }
      }
    }
    return uploads;
  }
}
