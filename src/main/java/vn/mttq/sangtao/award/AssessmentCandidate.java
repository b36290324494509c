package vn.mttq.sangtao.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One ranked candidate of an assessment, the facts behind its rank, whether staff chose it, and its award. */
@Entity
@Table(name = "assessment_candidate")
class AssessmentCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_id", nullable = false)
  private Long assessmentId;

  @Column(name = "rank_no", nullable = false)
  private Integer rankNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_kind", nullable = false)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_unit_id", nullable = false)
  private Long nomineeUnitId;

  @Column(name = "nominee_name")
  private String nomineeName;

  @Column(nullable = false)
  private Integer plans;

  @Column(nullable = false)
  private Long participants;

  @Column(name = "initiatives_recognised", nullable = false)
  private Integer initiativesRecognised;

  @Column(name = "initiatives_applied", nullable = false)
  private Integer initiativesApplied;

  @Column(nullable = false)
  private Boolean promising;

  @Column(nullable = false)
  private String evidence;

  @Column(nullable = false)
  private Boolean selected;

  @Column(name = "proposal_id")
  private Long proposalId;

  protected AssessmentCandidate() {
  }

  AssessmentCandidate(Long assessmentId, AssessmentRanking.Candidate c) {
    this.assessmentId = assessmentId;
    this.rankNo = c.rank();
    this.nomineeKind = c.kind();
    this.nomineeUnitId = c.unitId();
    this.nomineeName = c.name();
    this.plans = (int) c.plans();
    this.participants = c.participants();
    this.initiativesRecognised = (int) c.recognised();
    this.initiativesApplied = (int) c.applied();
    this.promising = c.promising();
    this.evidence = c.evidence().length() > 4000 ? c.evidence().substring(0, 3999) + "…" : c.evidence();
    this.selected = true;
  }

  void select(boolean selected) {
    this.selected = selected;
  }

  void awarded(Long proposalId) {
    this.proposalId = proposalId;
  }

  public Long getId() {
    return id;
  }

  public Integer getRankNo() {
    return rankNo;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public Long getNomineeUnitId() {
    return nomineeUnitId;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getEvidence() {
    return evidence;
  }

  public Boolean getSelected() {
    return selected;
  }

  public Long getProposalId() {
    return proposalId;
  }
}
