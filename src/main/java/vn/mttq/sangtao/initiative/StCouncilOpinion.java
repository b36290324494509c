package vn.mttq.sangtao.initiative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recognised initiative proposed to the provincial Science & Technology Council, and that council's opinion. */
@Entity
@Table(name = "st_council_opinion")
class StCouncilOpinion {

  @Id
  @Column(name = "initiative_id")
  private Long initiativeId;

  @Column(name = "province_unit_id", nullable = false)
  private Long provinceUnitId;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  private Boolean promising;

  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected StCouncilOpinion() {
  }

  StCouncilOpinion(Long initiativeId, Long provinceUnitId, String proposedBy, Instant now) {
    this.initiativeId = initiativeId;
    this.provinceUnitId = provinceUnitId;
    this.proposedBy = proposedBy;
    this.proposedAt = now;
  }

  void record(boolean promising, String note, String userId, Instant now) {
    this.promising = promising;
    this.note = note;
    this.recordedBy = userId;
    this.recordedAt = now;
  }

  public Long getProvinceUnitId() {
    return provinceUnitId;
  }

  public Boolean getPromising() {
    return promising;
  }

  public String getNote() {
    return note;
  }
}
