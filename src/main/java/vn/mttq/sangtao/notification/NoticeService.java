package vn.mttq.sangtao.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notices. A notice with a key already sent is not sent again, so a retried step is harmless. */
@Service
@Transactional
public class NoticeService {

  private final NoticeRepository notices;
  private final NoticeReadRepository reads;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NoticeService(NoticeRepository notices, NoticeReadRepository reads, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.clock = clock;
    this.notices = notices;
    this.reads = reads;
  }

  /** A notice kept for everything that is about a thing, for example "plan:12". */
  public record NoticeView(String recipientGroup, String recipientUser, Long unitId, String kind, String title,
      String body) {
  }

  public void notifyGroup(String groupId, Long unitId, String kind, String title, String body, String reference,
      String dedupKey) {
    if (dedupKey != null && notices.existsByDedupKey(dedupKey)) {
      return;
    }
    notices.save(new Notice(groupId, unitId, kind, title, body, reference, dedupKey, clock.instant()));
    events.publishEvent(new NoticeSent(kind));
  }

  /** A notice to one user, e.g. an initiative's author or a council member. */
  public void notifyUser(String userId, Long unitId, String kind, String title, String body, String reference,
      String dedupKey) {
    if (dedupKey != null && notices.existsByDedupKey(dedupKey)) {
      return;
    }
    notices.save(Notice.toUser(userId, unitId, kind, title, body, reference, dedupKey, clock.instant()));
    events.publishEvent(new NoticeSent(kind));
  }

  /** The latest notices for a user and their groups, newest first, each said read or not by this user. */
  @Transactional(readOnly = true)
  public List<InboxItem> inbox(String userId, java.util.Collection<String> groupIds, int limit) {
    java.util.Collection<String> groups = groupIds.isEmpty() ? List.of("") : groupIds;
    List<Notice> latest = notices.inbox(userId, groups, org.springframework.data.domain.PageRequest.of(0, limit));
    java.util.Set<Long> read = latest.isEmpty() ? java.util.Set.of()
        : new java.util.HashSet<>(reads.readAmong(userId, latest.stream().map(Notice::getId).toList()));
    return latest.stream().map(n -> {
      NoticeLinks.Link link = NoticeLinks.of(n.getKind(), n.getReference());
      return new InboxItem(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getReference(), n.getCreatedAt(),
          n.getRecipientGroup(), read.contains(n.getId()), link == null ? null : link.href(),
          link == null ? null : link.label());
    }).toList();
  }

  /** How many of the user's notices they have not read. */
  @Transactional(readOnly = true)
  public long unread(String userId, java.util.Collection<String> groupIds) {
    return reads.unread(userId, groupIds.isEmpty() ? List.of("") : groupIds);
  }

  /** The user has read these of their notices; a notice that is not theirs, or read already, is left alone. */
  public void markRead(String userId, java.util.Collection<String> groupIds, java.util.Collection<Long> ids) {
    java.util.Collection<String> groups = groupIds.isEmpty() ? List.of("") : groupIds;
    java.util.Set<Long> already = ids.isEmpty() ? java.util.Set.of()
        : new java.util.HashSet<>(reads.readAmong(userId, ids));
    for (Notice notice : notices.findAllById(ids)) {
      boolean theirs = userId.equals(notice.getRecipientUser()) || groups.contains(notice.getRecipientGroup());
      if (theirs && !already.contains(notice.getId())) {
        reads.save(new NoticeRead(notice.getId(), userId, clock.instant()));
      }
    }
  }

  /**
   * A notice in a user's list: whether they have read it, and the document it is about when there is one (the plan,
   * the certificate), with what the link says.
   */
  public record InboxItem(Long id, String kind, String title, String body, String reference,
      java.time.Instant createdAt, String toGroup, boolean read, String link, String linkLabel) {
  }

  @Transactional(readOnly = true)
  public List<NoticeView> about(String reference) {
    return notices.findByReferenceOrderById(reference).stream()
        .map(n -> new NoticeView(n.getRecipientGroup(), n.getRecipientUser(), n.getUnitId(), n.getKind(), n.getTitle(), n.getBody()))
        .toList();
  }
}
