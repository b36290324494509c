package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.notification.MailNotices;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Receives initiatives from staff (the API, Tasklist) and from the public page: checked by {@link InitiativeRules}
 * and {@link Attachments}, saved with a tracking code, indexed for the novelty search, and reviewed by its
 * {@code initiativeReview}.
 */
@Component
@Transactional
class InitiativeSubmissions {

  private static final Logger LOG = LoggerFactory.getLogger(InitiativeSubmissions.class);

  private final InitiativeService service;
  private final InitiativeRepository initiatives;
  private final InitiativeAttachmentRepository attachments;
  private final UnitService units;
  private final NoveltySearch novelty;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final MailNotices mail;
  private final Clock clock;

  InitiativeSubmissions(InitiativeService service, InitiativeRepository initiatives,
      InitiativeAttachmentRepository attachments, UnitService units, NoveltySearch novelty,
      RuntimeService runtimeService, IdentityService identityService, MailNotices mail, Clock clock) {
    this.service = service;
    this.initiatives = initiatives;
    this.attachments = attachments;
    this.units = units;
    this.novelty = novelty;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Checks and saves a submission with its files; every problem at once, nothing saved when there is one. A
   * submission through the public page must name a commune or ward and a way to reach the submitter.
   */
  InitiativeView submit(InitiativeSubmission submission, List<Attachments.Upload> files,
      SubmissionChannel channel, String userId) {
    return submit(submission, files, channel, userId, true);
  }

  /** A submission from the public page, with the supplement secret that only its submitter receives. */
  record PublicReceipt(InitiativeView initiative, String supplementSecret) {
  }

  /**
   * Receives a citizen's submission and gives them a secret for sending a supplement later: returned once, for the
   * page to show, and mailed when they gave an address. Staff never see it; only its hash is kept.
   */
  PublicReceipt submitPublic(InitiativeSubmission submission, List<Attachments.Upload> files) {
    InitiativeView saved = submit(submission, files, SubmissionChannel.PUBLIC, null);
    String secret = service.find(saved.id()).newSupplementSecret();
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
    LocalDate today = BusinessTime.today(clock);
    InitiativeRules.Result result = InitiativeRules.check(trimmed, this::lineage, today,
        channel == SubmissionChannel.PUBLIC);
    List<String> problems = new ArrayList<>(result.problems());
    List<Attachments.Checked> checkedFiles = Attachments.check(files, problems);
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    Instant now = clock.instant();
    Initiative initiative = initiatives.save(new Initiative(newTrackingCode(), result.checked(), channel, userId, now,
        today.getYear()));
    for (Attachments.Checked file : checkedFiles) {
      attachments.save(new InitiativeAttachment(initiative.getId(), file, now));
    }
    novelty.textChanged(initiative.getId());
    if (startReview) {
      // the application's own instance for this record, started as the system; its first step links the two
      AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(InitiativeReviewProcess.KEY,
          initiative.getTrackingCode(), Map.of(InitiativeReviewProcess.VAR_INITIATIVE_ID, initiative.getId())));
    }
    return service.view(initiative);
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
}
