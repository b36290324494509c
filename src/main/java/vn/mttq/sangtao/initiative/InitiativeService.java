package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Initiatives as others read them: one initiative, its public status, its files, who may read it, the similar ones,
 * and what a report counts. Receiving them, listing them, their supplement and their application are their own
 * classes ({@link InitiativeSubmissions}, {@link InitiativeSearch}, {@link PublicSupplement},
 * {@link InitiativeApplications}).
 */
@Service
@Transactional
public class InitiativeService {

  private final InitiativeRepository initiatives;
  private final InitiativeAttachmentRepository attachments;
  private final InitiativeApplicationRepository applications;
  private final UnitService units;
  private final NoveltySearch novelty;
  private final LineVisibility visibility;

  InitiativeService(InitiativeRepository initiatives, InitiativeAttachmentRepository attachments,
      InitiativeApplicationRepository applications, UnitService units, NoveltySearch novelty,
      LineVisibility visibility) {
    this.initiatives = initiatives;
    this.attachments = attachments;
    this.applications = applications;
    this.units = units;
    this.novelty = novelty;
    this.visibility = visibility;
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

  /** Links an initiative submitted through Tasklist's start form to the instance that reviews it. */
  public void reviewedBy(Long initiativeId, String processInstanceId) {
    Initiative initiative = find(initiativeId);
    initiative.started(processInstanceId);
    // the review is the receiving committee's work: its line sees it in Cockpit
    visibility.grant(processInstanceId, initiative.getReceivingUnitId());
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

  Initiative byTrackingCode(String trackingCode) {
    return Optional.ofNullable(TrackingCodes.normalise(trackingCode)).flatMap(initiatives::findByTrackingCode)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy sáng kiến có mã theo dõi «" + trackingCode
            + "». Hãy kiểm tra lại mã đã nhận khi gửi."));
  }

  private PublicStatus publicStatus(Initiative initiative) {
    UnitView receiving = units.byId(initiative.getReceivingUnitId());
    Initiative earlier = initiative.getStatus() != InitiativeStatus.NOT_NEW || initiative.getEarlierInitiativeId() == null
        ? null : find(initiative.getEarlierInitiativeId());
    return new PublicStatus(initiative.getTrackingCode(), initiative.getTitle(), receiving.name(),
        BusinessTime.format(initiative.getSubmittedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        initiative.getStatus(), initiative.getStatus().label(), initiative.getSupplementRequest(),
        initiative.getSupplementDue(),
        earlier == null ? null : "Trùng với sáng kiến «" + earlier.getTitle() + "» (mã " + earlier.getTrackingCode()
            + ").",
        earlier == null ? null : earlier.getTrackingCode(),
        earlier == null || earlier.getStatus() != InitiativeStatus.RECOGNISED ? null
            : PublicStatus.registryLink(earlier.getTrackingCode()));
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
    UnitView receiving = units.byId(initiative.getReceivingUnitId());
    return units.lineage(receiving.code()).stream().anyMatch(u -> groupIds.contains(
        vn.mttq.sangtao.unit.UnitGroups.staff(u.code())) || groupIds.contains(
        vn.mttq.sangtao.unit.UnitGroups.leaders(u.code())));
  }

  /** The initiatives most like this one, anywhere in the tree. */
  @Transactional(readOnly = true)
  public List<NoveltySearch.Similar> similar(Long id, int limit) {
    return novelty.similarTo(text(find(id)), limit);
  }

  Initiative find(Long id) {
    return initiatives.findById(id).orElseThrow(() -> new NotFoundException("Không có sáng kiến số " + id + "."));
  }

  static InitiativeText text(Initiative i) {
    return new InitiativeText(i.getId(), i.getTitle(), i.getSummary(), i.getDescription());
  }

  InitiativeView view(Initiative i) {
    Map<Long, UnitView> byId = units.byIds(List.of(i.getAuthorUnitId(), i.getReceivingUnitId()));
    UnitView author = byId.get(i.getAuthorUnitId());
    UnitView receiving = byId.get(i.getReceivingUnitId());
    List<InitiativeView.Attachment> files = attachments.listOf(i.getId());
    return new InitiativeView(i.getId(), i.getTrackingCode(), i.getTitle(), i.getSummary(), i.getDescription(),
        i.getContentArea(), i.getContentArea().label(), i.getFieldOfWork(), i.getAppliedAt(), i.getExpectedBenefit(),
        i.getEstimatedCostVnd(), i.getAuthorKind(), i.getAuthorNames(), author.code(), author.name(),
        receiving.code(), receiving.name(), i.submitter().name(), i.submitter().phone(), i.submitter().email(),
        i.getChannel(), i.getStatus(), i.getStatus().label(), i.getSubmittedYear(), i.getSubmittedAt(),
        i.getSupplementRequest(), i.getSupplementDue(), files);
  }
}
