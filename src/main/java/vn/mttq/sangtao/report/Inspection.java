package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A committee's inspection visit to a subordinate unit. */
@Entity
@Table(name = "inspection")
class Inspection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "inspecting_unit_id", nullable = false)
  private Long inspectingUnitId;

  @Column(name = "inspected_unit_id", nullable = false)
  private Long inspectedUnitId;

  @Column(name = "visit_date", nullable = false)
  private LocalDate visitDate;

  @Column(nullable = false)
  private String findings;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Inspection() {
  }

  Inspection(Long inspectingUnitId, Long inspectedUnitId, LocalDate visitDate, String findings, String recordedBy,
      Instant now) {
    this.inspectingUnitId = inspectingUnitId;
    this.inspectedUnitId = inspectedUnitId;
    this.visitDate = visitDate;
    this.findings = findings;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getInspectedUnitId() {
    return inspectedUnitId;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public String getFindings() {
    return findings;
  }
}
