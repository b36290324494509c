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

/** A proposal to commend a collective or an individual, and the level it has reached. */
@Entity
@Table(name = "award_proposal")
class AwardProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposer_unit_id", nullable = false)
  private Long proposerUnitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_kind", nullable = false)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_unit_id", nullable = false)
  private Long nomineeUnitId;

  @Column(name = "nominee_name")
  private String nomineeName;

  @Column(name = "nominee_email")
  private String nomineeEmail;

  @Column(name = "award_form", nullable = false)
  private String awardForm;

  @Column(name = "award_year", nullable = false)
  private Integer awardYear;

  @Column(nullable = false)
  private String achievements;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status;

  @Column(name = "current_unit_id", nullable = false)
  private Long currentUnitId;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "active_key", unique = true)
  private String activeKey;

  @Column(name = "assessment_id")
  private Long assessmentId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AwardProposal() {
  }

  AwardProposal(Long proposerUnitId, NomineeKind nomineeKind, Long nomineeUnitId, String nomineeName,
      String nomineeEmail, String awardForm, int awardYear, String achievements, String activeKey, Long assessmentId,
      String proposedBy, Instant now) {
    this.proposerUnitId = proposerUnitId;
    this.nomineeKind = nomineeKind;
    this.nomineeUnitId = nomineeUnitId;
    this.nomineeName = nomineeName;
    this.nomineeEmail = nomineeEmail;
    this.awardForm = awardForm;
    this.awardYear = awardYear;
    this.achievements = achievements;
    this.activeKey = activeKey;
    this.assessmentId = assessmentId;
    this.proposedBy = proposedBy;
    this.status = ProposalStatus.AT_LEVEL;
    this.currentUnitId = proposerUnitId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void forwardTo(Long unitId, Instant now) {
    this.currentUnitId = unitId;
    this.updatedAt = now;
  }

  void returnToProposer(String reason, Instant now) {
    this.status = ProposalStatus.RETURNED;
    this.returnReason = reason;
    this.currentUnitId = proposerUnitId;
    this.updatedAt = now;
  }

  void resubmit(String achievements, Instant now) {
    this.status = ProposalStatus.AT_LEVEL;
    this.achievements = achievements;
    this.returnReason = null;
    this.currentUnitId = proposerUnitId;
    this.updatedAt = now;
  }

  void withdraw(Instant now) {
    this.status = ProposalStatus.WITHDRAWN;
    this.activeKey = null;
    this.updatedAt = now;
  }

  void decided(Instant now) {
    this.status = ProposalStatus.DECIDED;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getProposerUnitId() {
    return proposerUnitId;
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

  public String getNomineeEmail() {
    return nomineeEmail;
  }

  public String getAwardForm() {
    return awardForm;
  }

  public Integer getAwardYear() {
    return awardYear;
  }

  public String getAchievements() {
    return achievements;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public Long getCurrentUnitId() {
    return currentUnitId;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
