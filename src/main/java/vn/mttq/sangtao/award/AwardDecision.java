package vn.mttq.sangtao.award;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The decision that grants a proposal's award; it may be revoked later, with a reason. */
@Entity
@Table(name = "award_decision")
class AwardDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_id", nullable = false, unique = true)
  private Long proposalId;

  @Column(name = "deciding_unit_id", nullable = false)
  private Long decidingUnitId;

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "award_form", nullable = false)
  private String awardForm;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  protected AwardDecision() {
  }

  AwardDecision(Long proposalId, Long decidingUnitId, String decisionNumber, LocalDate decisionDate,
      String awardForm, String decidedBy, Instant decidedAt) {
    this.proposalId = proposalId;
    this.decidingUnitId = decidingUnitId;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.awardForm = awardForm;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  void revoke(String reason, String userId, Instant now) {
    this.revokeReason = reason;
    this.revokedBy = userId;
    this.revokedAt = now;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Long getDecidingUnitId() {
    return decidingUnitId;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getAwardForm() {
    return awardForm;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
