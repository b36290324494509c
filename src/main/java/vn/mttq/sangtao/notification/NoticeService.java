package vn.mttq.sangtao.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notices. A notice with a key already sent is not sent again, so a retried step is harmless. */
@Service
@Transactional
public class NoticeService {

  private final NoticeRepository notices;
  private final Clock clock;

  NoticeService(NoticeRepository notices, Clock clock) {
    this.clock = clock;
    this.notices = notices;
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
  }

  /** A notice to one user, e.g. an initiative's author or a council member. */
  public void notifyUser(String userId, Long unitId, String kind, String title, String body, String reference,
      String dedupKey) {
    if (dedupKey != null && notices.existsByDedupKey(dedupKey)) {
      return;
    }
    notices.save(Notice.toUser(userId, unitId, kind, title, body, reference, dedupKey, clock.instant()));
  }

  /** The latest notices for a user and their groups, newest first. */
  @Transactional(readOnly = true)
  public List<InboxItem> inbox(String userId, java.util.Collection<String> groupIds, int limit) {
    java.util.Collection<String> groups = groupIds.isEmpty() ? List.of("") : groupIds;
    return notices.inbox(userId, groups, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
        .map(n -> new InboxItem(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getReference(),
            n.getCreatedAt(), n.getRecipientGroup()))
        .toList();
  }

  /** A notice in a user's list. */
  public record InboxItem(Long id, String kind, String title, String body, String reference,
      java.time.Instant createdAt, String toGroup) {
  }

  @Transactional(readOnly = true)
  public List<NoticeView> about(String reference) {
    return notices.findByReferenceOrderById(reference).stream()
        .map(n -> new NoticeView(n.getRecipientGroup(), n.getRecipientUser(), n.getUnitId(), n.getKind(), n.getTitle(), n.getBody()))
        .toList();
  }
}
