package vn.mttq.sangtao.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One piece of evidence a proposal cites, with what it showed when cited. */
@Entity
@Table(name = "award_evidence")
class AwardEvidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvidenceKind kind;

  @Column(name = "ref_id", nullable = false)
  private Long refId;

  @Column(nullable = false)
  private String description;

  protected AwardEvidence() {
  }

  AwardEvidence(Long proposalId, EvidenceKind kind, Long refId, String description) {
    this.proposalId = proposalId;
    this.kind = kind;
    this.refId = refId;
    this.description = description;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public Long getRefId() {
    return refId;
  }

  public String getDescription() {
    return description;
  }
}
