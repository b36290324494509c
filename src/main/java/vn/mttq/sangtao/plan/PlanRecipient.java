package vn.mttq.sangtao.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who receives a plan, and how: to implement it, reported to ("b/c"), for information, or as the archive ("Lưu"). */
@Entity
@Table(name = "plan_recipient")
class PlanRecipient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  /** The unit of the tree; null for a body outside it. */
  @Column(name = "unit_id")
  private Long unitId;

  /** A body outside the unit tree, by name ("Ban Thường vụ Thành ủy"); null for a unit. */
  @Column(name = "body_name")
  private String bodyName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecipientKind kind;

  @Column(name = "task_text")
  private String taskText;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  protected PlanRecipient() {
  }

  PlanRecipient(Long planId, Long unitId, RecipientKind kind, String taskText) {
    this.planId = planId;
    this.unitId = unitId;
    this.kind = kind;
    this.taskText = taskText;
  }

  void markNotified(Instant now) {
    this.notifiedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getBodyName() {
    return bodyName;
  }

  public RecipientKind getKind() {
    return kind;
  }

  public String getTaskText() {
    return taskText;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }
}
