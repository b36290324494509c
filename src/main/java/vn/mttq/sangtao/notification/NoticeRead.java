package vn.mttq.sangtao.notification;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One person has read one notice (V13__notice_reads.sql). */
@Entity
@Table(name = "notice_read")
@IdClass(NoticeRead.Key.class)
class NoticeRead {

  @Id
  @Column(name = "notice_id")
  private Long noticeId;

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected NoticeRead() {
  }

  NoticeRead(Long noticeId, String userId, Instant readAt) {
    this.noticeId = noticeId;
    this.userId = userId;
    this.readAt = readAt;
  }

  Long getNoticeId() {
    return noticeId;
  }

  /** The notice and the reader. */
  record Key(Long noticeId, String userId) implements Serializable {
    Key() {
      this(null, null);
    }
  }
}
