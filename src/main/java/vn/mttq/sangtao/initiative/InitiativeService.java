package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/** Receives initiatives, from staff and from the public, and shows them. */
@Service
@Transactional
public class InitiativeService {

  private final InitiativeRepository initiatives;
  private final InitiativeAttachmentRepository attachments;
  private final UnitService units;
  private final NoveltySearch novelty;

  InitiativeService(InitiativeRepository initiatives, InitiativeAttachmentRepository attachments, UnitService units,
      NoveltySearch novelty) {
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
    InitiativeSubmission trimmed = submission.trimmed();
    InitiativeRules.Result result = InitiativeRules.check(trimmed, this::lineage, BusinessTime.today(),
        channel == SubmissionChannel.PUBLIC);
    List<String> problems = new ArrayList<>(result.problems());
    List<Attachments.Checked> checkedFiles = Attachments.check(files, problems);
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    Instant now = Instant.now();
    Initiative initiative = initiatives.save(new Initiative(newTrackingCode(), result.checked(), channel, userId, now,
        BusinessTime.today().getYear()));
    for (Attachments.Checked file : checkedFiles) {
      attachments.save(new InitiativeAttachment(initiative.getId(), file, now));
    }
    novelty.indexAfterCommit(text(initiative));
    return view(initiative);
  }

  @Transactional(readOnly = true)
  public InitiativeView get(Long id) {
    return view(find(id));
  }

  /** The status behind a tracking code; the same answer for a code that is wrong and one that does not exist. */
  @Transactional(readOnly = true)
  public PublicStatus publicStatus(String trackingCode) {
    String code = TrackingCodes.normalise(trackingCode);
    Initiative initiative = Optional.ofNullable(code).flatMap(initiatives::findByTrackingCode)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy sáng kiến có mã theo dõi «" + trackingCode
            + "». Hãy kiểm tra lại mã đã nhận khi gửi."));
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
