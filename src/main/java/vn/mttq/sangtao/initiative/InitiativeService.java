package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.notification.MailNotices;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** Receives initiatives, from staff and from the public, and shows them. */
@Service
@Transactional
public class InitiativeService {

  /** The column's size (V5__councils.sql), also declared in the API contract. */
  static final int APPLICATION_RESULT_MAX = 2_000;

  private final InitiativeRepository initiatives;
  private final InitiativeAttachmentRepository attachments;
  private final UnitService units;
  private final NoveltySearch novelty;
  private final RuntimeService runtimeService;
  private final InitiativeApplicationRepository applications;
  private final org.camunda.bpm.engine.TaskService taskService;

  private final IdentityService identityService;
  private final LineVisibility visibility;
  private final MailNotices mail;
  private final Clock clock;
  private static final Logger LOG = LoggerFactory.getLogger(InitiativeService.class);

  InitiativeService(InitiativeRepository initiatives, InitiativeAttachmentRepository attachments, UnitService units,
      NoveltySearch novelty, RuntimeService runtimeService, InitiativeApplicationRepository applications,
      org.camunda.bpm.engine.TaskService taskService, IdentityService identityService,
      LineVisibility visibility, MailNotices mail, Clock clock) {
    this.clock = clock;
    this.visibility = visibility;
    this.mail = mail;
    this.taskService = taskService;
    this.identityService = identityService;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.initiatives = initiatives;
    this.attachments = attachments;
    this.units = units;
    this.novelty = novelty;
  }

  /**
   * Checks and saves a submission with its files; every problem at once, nothing saved when there is one. A
   * submission through the public page must name a commune or ward and a way to reach the submitter.
   */
  public InitiativeView submit(InitiativeSubmission submission, List<Attachments.Upload> files,
      SubmissionChannel channel, String userId) {
    return submit(submission, files, channel, userId, true);
  }

  /** A submission from the public page, with the supplement secret that only its submitter receives. */
  public record PublicReceipt(InitiativeView initiative, String supplementSecret) {
  }

  /**
   * Receives a citizen's submission and gives them a secret for sending a supplement later: returned once, for the
   * page to show, and mailed when they gave an address. Staff never see it; only its hash is kept.
   */
  public PublicReceipt submitPublic(InitiativeSubmission submission, List<Attachments.Upload> files) {
    InitiativeView saved = submit(submission, files, SubmissionChannel.PUBLIC, null);
    String secret = find(saved.id()).newSupplementSecret();
    if (saved.submitterEmail() != null) {
      try {
        mail.toAddress(saved.submitterEmail(), "Sáng kiến «" + saved.title() + "» đã được tiếp nhận",
            "Mã theo dõi: " + saved.trackingCode() + "\nMã bí mật để bổ sung khi được yêu cầu: " + secret
                + "\n\nHãy giữ kín mã bí mật: ai có mã này mới gửi được nội dung bổ sung cho sáng kiến của bạn.");
      } catch (RuntimeException e) {
        // the page shows the secret as well; a mail server that is down does not lose the submission
        LOG.warn("Receipt mail for initiative {} not sent: {}", saved.id(), e.getMessage());
      }
    }
    return new PublicReceipt(saved, secret);
  }

  /** As {@link #submit}; {@code startReview} false when the review instance is already running (Tasklist). */
  InitiativeView submit(InitiativeSubmission submission, List<Attachments.Upload> files, SubmissionChannel channel,
      String userId, boolean startReview) {
    InitiativeSubmission trimmed = submission.trimmed();
    InitiativeRules.Result result = InitiativeRules.check(trimmed, this::lineage, BusinessTime.today(),
        channel == SubmissionChannel.PUBLIC);
    List<String> problems = new ArrayList<>(result.problems());
    List<Attachments.Checked> checkedFiles = Attachments.check(files, problems);
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    Instant now = clock.instant();
    Initiative initiative = initiatives.save(new Initiative(newTrackingCode(), result.checked(), channel, userId, now,
        BusinessTime.today().getYear()));
    for (Attachments.Checked file : checkedFiles) {
      attachments.save(new InitiativeAttachment(initiative.getId(), file, now));
    }
    novelty.indexAfterCommit(text(initiative));
    if (startReview) {
      // the application's own instance for this record, started as the system; its first step links the two
      AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(InitiativeReviewProcess.KEY,
          initiative.getTrackingCode(), Map.of(InitiativeReviewProcess.VAR_INITIATIVE_ID, initiative.getId())));
    }
    return view(initiative);
  }

  /**
   * Initiatives by status, receiving committee's subtree ({@code unitCode}), content area and year, newest first.
   * Codes that mean nothing are refused with a Vietnamese message.
   */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<InitiativeListItem> search(String status, String unitCode,
      String contentArea, Integer year, int page, int size) {
    List<String> problems = new ArrayList<>();
    InitiativeStatus parsedStatus = null;
    if (status != null && !status.isBlank()) {
      parsedStatus = java.util.Arrays.stream(InitiativeStatus.values()).filter(s -> s.name().equals(status.strip()))
          .findFirst().orElse(null);
      if (parsedStatus == null) {
        problems.add("Trạng thái «" + status + "» không có.");
      }
    }
    ContentArea area = null;
    if (contentArea != null && !contentArea.isBlank()) {
      area = ContentArea.parse(contentArea.strip()).orElse(null);
      if (area == null) {
        problems.add("Nội dung «" + contentArea + "» không phải một trong năm nội dung của phong trào.");
      }
    }
    java.util.Set<Long> subtree = null;
    if (unitCode != null && !unitCode.isBlank()) {
      if (units.find(unitCode.strip()).isEmpty()) {
        problems.add("Không có đơn vị mã «" + unitCode + "».");
      } else {
        subtree = units.subtreeIds(unitCode.strip());
      }
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException("Điều kiện tìm kiếm chưa hợp lệ:", problems);
    }
    var found = initiatives.findAll(new InitiativeQuery(parsedStatus, subtree, area, year).specification(),
        org.springframework.data.domain.PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 100)),
            org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")));
    Map<Long, UnitView> byId = units.byIds(found.stream()
        .flatMap(i -> java.util.stream.Stream.of(i.getAuthorUnitId(), i.getReceivingUnitId())).toList());
    return found.map(i -> new InitiativeListItem(i.getId(), i.getTrackingCode(), i.getTitle(), i.getSummary(),
        i.getContentArea(), i.getContentArea().label(), i.getAuthorKind(), i.getAuthorNames(),
        byId.get(i.getAuthorUnitId()).name(), byId.get(i.getReceivingUnitId()).code(),
        byId.get(i.getReceivingUnitId()).name(), i.getStatus(), i.getStatus().label(), i.getSubmittedYear(),
        i.getDecidedAt() == null ? null
            : BusinessTime.format(i.getDecidedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        applications.countByInitiativeId(i.getId())));
  }

  /** What a report can count for units (a subtree) between two days, inclusive: submitted, recognised, applied. */
  @Transactional(readOnly = true)
  public Counts counts(java.util.Collection<Long> unitIds, java.time.LocalDate from, java.time.LocalDate to) {
    Instant start = from.atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusNanos(1);
    return new Counts(initiatives.countByAuthorUnitIdInAndSubmittedAtBetween(unitIds, start, end),
        initiatives.countByAuthorUnitIdInAndStatusAndDecidedAtBetween(unitIds, InitiativeStatus.RECOGNISED, start, end),
        applications.countByUnitIdInAndAppliedFromBetween(unitIds, from, to));
  }

  /** Initiatives submitted, recognised and applied in a period. */
  public record Counts(long submitted, long recognised, long applied) {
  }

  /** A unit records that it applies a recognised initiative; once per unit. */
  public void recordApplication(Long initiativeId, String unitCode, java.time.LocalDate appliedFrom, String result,
      String userId) {
    Initiative initiative = find(initiativeId);
    List<String> problems = new ArrayList<>();
    if (initiative.getStatus() != InitiativeStatus.RECOGNISED) {
      problems.add("Chỉ ghi nhận áp dụng được sáng kiến đã được công nhận.");
    }
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    } else if (applications.existsByInitiativeIdAndUnitId(initiativeId, unit.get().id())) {
      problems.add("«" + unit.get().name() + "» đã được ghi nhận áp dụng sáng kiến này.");
    }
    if (appliedFrom == null) {
      problems.add("Hãy ghi ngày bắt đầu áp dụng.");
    } else if (appliedFrom.isAfter(BusinessTime.today())) {
      problems.add("Ngày bắt đầu áp dụng không được ở tương lai.");
    }
    if (result != null && result.length() > APPLICATION_RESULT_MAX) {
      problems.add("Kết quả áp dụng dài quá 2.000 ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException("Chưa ghi nhận được việc áp dụng:", problems);
    }
    applications.save(new InitiativeApplication(initiativeId, unit.get().id(), appliedFrom,
        result == null || result.isBlank() ? null : result.strip(), userId, clock.instant()));
  }

  /**
   * The supplement sent from the public page: completes the waiting supplement step with the corrected texts (the
   * step's listener checks and saves them).
   */
  public void supplementByCode(String trackingCode, String secret, InitiativeReviewService.Supplement supplement) {
    Initiative initiative = byTrackingCode(trackingCode);
    if (!initiative.supplementSecretIs(secret)) {
      throw new ForbiddenException("Mã bí mật để bổ sung không đúng. Hãy dùng mã bí mật nhận được khi gửi sáng kiến"
          + " (kèm mã theo dõi, và trong thư gửi tới địa chỉ đã ghi).");
    }
    if (initiative.getStatus() != InitiativeStatus.SUPPLEMENT_REQUESTED) {
      throw new InitiativeValidationException(List.of("Sáng kiến không ở trạng thái cần bổ sung."));
    }
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(initiative.getTrackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_SUPPLEMENT).singleResult();
    if (task == null) {
      throw new InitiativeValidationException(List.of("Sáng kiến không ở trạng thái cần bổ sung."));
    }
    // a field left out keeps its text; one sent empty is the author's, and is refused if required
    Map<String, Object> values = new java.util.HashMap<>();
    putSent(values, "title", supplement.title());
    putSent(values, "summary", supplement.summary());
    putSent(values, "description", supplement.description());
    putSent(values, "appliedAt", supplement.appliedAt());
    putSent(values, "expectedBenefit", supplement.expectedBenefit());
    taskService.complete(task.getId(), values);
  }

  private static void putSent(Map<String, Object> values, String field, String value) {
    if (value != null) {
      values.put(field, value);
    }
  }

  /** Links an initiative submitted through Tasklist's start form to the instance that reviews it. */
  public void reviewedBy(Long initiativeId, String processInstanceId) {
    Initiative initiative = find(initiativeId);
    initiative.started(processInstanceId);
    // the review is the receiving committee's work: its line sees it in Cockpit
    visibility.grant(processInstanceId, initiative.getReceivingUnitId());
  }

  /** A text that tells staff and council members what the initiative is. */
  @Transactional(readOnly = true)
  public String summaryText(Long id) {
    InitiativeView i = get(id);
    StringBuilder text = new StringBuilder();
    text.append("«").append(i.title()).append("» — mã ").append(i.trackingCode()).append('\n');
    text.append("Nội dung phong trào: ").append(i.contentAreaLabel()).append('\n');
    text.append("Tác giả (").append(i.authorKind().label().toLowerCase(java.util.Locale.ROOT)).append("): ")
        .append(i.authorNames()).append(" — ").append(i.authorUnitName()).append('\n');
    text.append("Tóm tắt: ").append(i.summary()).append('\n');
    text.append("Nội dung chi tiết: ").append(i.description()).append('\n');
    if (i.appliedAt() != null) {
      text.append("Nơi áp dụng: ").append(i.appliedAt()).append('\n');
    }
    if (i.expectedBenefit() != null) {
      text.append("Hiệu quả dự kiến: ").append(i.expectedBenefit()).append('\n');
    }
    if (i.estimatedCostVnd() != null) {
      text.append("Kinh phí dự kiến: ").append(WholeNumbers.format(i.estimatedCostVnd()))
          .append(" đồng\n");
    }
    if (!i.attachments().isEmpty()) {
      text.append("Tệp đính kèm: ").append(i.attachments().size()).append('\n');
    }
    return text.toString().strip();
  }

  /** The similar initiatives as lines staff read in the pre-check form. */
  @Transactional(readOnly = true)
  public String similarText(Long id) {
    List<NoveltySearch.Similar> similar = similar(id, 5);
    if (similar.isEmpty()) {
      return "Không có sáng kiến tương tự trong hệ thống.";
    }
    StringBuilder text = new StringBuilder();
    for (NoveltySearch.Similar s : similar) {
      text.append(s.similarityPercent()).append("% — ").append(s.trackingCode()).append(" «").append(s.title())
          .append("» — ").append(s.receivingUnitName()).append(", ").append(s.year()).append(" — ")
          .append(s.statusLabel()).append('\n');
    }
    return text.toString().strip();
  }

  @Transactional(readOnly = true)
  public InitiativeView get(Long id) {
    return view(find(id));
  }

  /** The status behind a tracking code; the same answer for a code that is wrong and one that does not exist. */
  @Transactional(readOnly = true)
  public PublicStatus publicStatus(String trackingCode) {
    return publicStatus(byTrackingCode(trackingCode));
  }

  private Initiative byTrackingCode(String trackingCode) {
    return Optional.ofNullable(TrackingCodes.normalise(trackingCode)).flatMap(initiatives::findByTrackingCode)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy sáng kiến có mã theo dõi «" + trackingCode
            + "». Hãy kiểm tra lại mã đã nhận khi gửi."));
  }

  private PublicStatus publicStatus(Initiative initiative) {
    UnitView receiving = units.findById(initiative.getReceivingUnitId()).orElseThrow();
    return new PublicStatus(initiative.getTrackingCode(), initiative.getTitle(), receiving.name(),
        BusinessTime.format(initiative.getSubmittedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        initiative.getStatus(), initiative.getStatus().label(), initiative.getSupplementRequest(),
        initiative.getSupplementDue());
  }

  /** An attached file with its content, for the initiative it belongs to. */
  @Transactional(readOnly = true)
  public InitiativeAttachment attachment(Long initiativeId, Long attachmentId) {
    return attachments.findById(attachmentId).filter(a -> a.getInitiativeId().equals(initiativeId))
        .orElseThrow(() -> new NotFoundException("Không có tệp đính kèm số " + attachmentId + "."));
  }

  /** Whether a user may see an initiative with its submitter's contact details: the receiving committee's people,
   *  the committees above it, the one who submitted it, administrators. */
  @Transactional(readOnly = true)
  public boolean mayRead(Long id, String userId, java.util.Collection<String> groupIds, boolean administrator) {
    Initiative initiative = find(id);
    if (administrator || userId.equals(initiative.getSubmittedBy())) {
      return true;
    }
    UnitView receiving = units.findById(initiative.getReceivingUnitId()).orElseThrow();
    return units.lineage(receiving.code()).stream().anyMatch(u -> groupIds.contains(
        vn.mttq.sangtao.unit.UnitGroups.staff(u.code())) || groupIds.contains(
        vn.mttq.sangtao.unit.UnitGroups.leaders(u.code())));
  }

  /** The initiatives most like this one, anywhere in the tree. */
  @Transactional(readOnly = true)
  public List<NoveltySearch.Similar> similar(Long id, int limit) {
    return novelty.similarTo(text(find(id)), limit);
  }

  private Optional<List<UnitView>> lineage(String code) {
    return units.find(code).map(u -> units.lineage(code));
  }

  private String newTrackingCode() {
    String code;
    do {
      code = TrackingCodes.next();
    } while (initiatives.existsByTrackingCode(code));
    return code;
  }

  private Initiative find(Long id) {
    return initiatives.findById(id).orElseThrow(() -> new NotFoundException("Không có sáng kiến số " + id + "."));
  }

  private static InitiativeText text(Initiative i) {
    return new InitiativeText(i.getId(), i.getTitle(), i.getSummary(), i.getDescription());
  }

  private InitiativeView view(Initiative i) {
    Map<Long, UnitView> byId = units.byIds(List.of(i.getAuthorUnitId(), i.getReceivingUnitId()));
    UnitView author = byId.get(i.getAuthorUnitId());
    UnitView receiving = byId.get(i.getReceivingUnitId());
    List<InitiativeView.Attachment> files = attachments.listOf(i.getId());
    return new InitiativeView(i.getId(), i.getTrackingCode(), i.getTitle(), i.getSummary(), i.getDescription(),
        i.getContentArea(), i.getContentArea().label(), i.getFieldOfWork(), i.getAppliedAt(), i.getExpectedBenefit(),
        i.getEstimatedCostVnd(), i.getAuthorKind(), i.getAuthorNames(), author.code(), author.name(),
        receiving.code(), receiving.name(), i.getSubmitterName(), i.getSubmitterPhone(), i.getSubmitterEmail(),
        i.getChannel(), i.getStatus(), i.getStatus().label(), i.getSubmittedYear(), i.getSubmittedAt(),
        i.getSupplementRequest(), i.getSupplementDue(), files);
  }
}
