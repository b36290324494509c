package vn.mttq.sangtao.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notice shown in the application to a group (a unit's staff or leaders) or a user. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_group")
  private String recipientGroup;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String title;

  private String body;

  private String reference;

  @Column(name = "dedup_key")
  private String dedupKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {
  }

  Notice(String recipientGroup, Long unitId, String kind, String title, String body, String reference,
      String dedupKey, Instant now) {
    this.recipientGroup = recipientGroup;
    this.unitId = unitId;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.reference = reference;
    this.dedupKey = dedupKey;
    this.createdAt = now;
  }

  /** A notice to one user rather than a group. */
  static Notice toUser(String userId, Long unitId, String kind, String title, String body, String reference,
      String dedupKey, Instant now) {
    Notice notice = new Notice(null, unitId, kind, title, body, reference, dedupKey, now);
    notice.recipientUser = userId;
    return notice;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public Long getId() {
    return id;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getReference() {
    return reference;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
