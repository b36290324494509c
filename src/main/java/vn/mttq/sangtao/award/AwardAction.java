package vn.mttq.sangtao.award;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who did what to a proposal, at which level and when: the audit trail. */
@Entity
@Table(name = "award_action")
class AwardAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionKind action;

  @Column(nullable = false)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private Instant actedAt;

  private String comment;

  protected AwardAction() {
  }

  AwardAction(Long proposalId, Long unitId, ActionKind action, String actor, Instant actedAt, String comment) {
    this.proposalId = proposalId;
    this.unitId = unitId;
    this.action = action;
    this.actor = actor;
    this.actedAt = actedAt;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public Long getUnitId() {
    return unitId;
  }

  public ActionKind getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public Instant getActedAt() {
    return actedAt;
  }

  public String getComment() {
    return comment;
  }
}
