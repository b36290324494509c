package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit that applies a recognised initiative; once per unit and initiative. */
@Entity
@Table(name = "initiative_application")
class InitiativeApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "applied_from", nullable = false)
  private LocalDate appliedFrom;

  private String result;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected InitiativeApplication() {
  }

  InitiativeApplication(Long initiativeId, Long unitId, LocalDate appliedFrom, String result, String recordedBy,
      Instant now) {
    this.initiativeId = initiativeId;
    this.unitId = unitId;
    this.appliedFrom = appliedFrom;
    this.result = result;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public LocalDate getAppliedFrom() {
    return appliedFrom;
  }

  public String getResult() {
    return result;
  }
}
