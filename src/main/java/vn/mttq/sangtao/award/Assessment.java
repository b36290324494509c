package vn.mttq.sangtao.award;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A committee's assessment of its subtree over a span of years: one year, or a phase such as 2018–2024. */
@Entity
@Table(name = "assessment")
class Assessment {

  /** Where an assessment stands. */
  public enum Status {
    EDITING("Cán bộ đang lập danh sách"),
    APPROVAL("Chờ lãnh đạo duyệt"),
    APPROVED("Đã duyệt, đã khen thưởng");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "from_year", nullable = false)
  private Integer fromYear;

  @Column(name = "to_year", nullable = false)
  private Integer toYear;

  @Column(name = "award_form", nullable = false)
  private String awardForm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String note;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Assessment() {
  }

  Assessment(Long unitId, int fromYear, int toYear, String awardForm, String startedBy, Instant now) {
    this.unitId = unitId;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.awardForm = awardForm;
    this.startedBy = startedBy;
    this.status = Status.EDITING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void edited(String note, Instant now) {
    this.note = note;
    this.status = Status.APPROVAL;
    this.returnReason = null;
    this.updatedAt = now;
  }

  void returned(String reason, Instant now) {
    this.returnReason = reason;
    this.status = Status.EDITING;
    this.updatedAt = now;
  }

  void approved(String decisionNumber, LocalDate decisionDate, String userId, Instant now) {
    this.approvedBy = userId;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.status = Status.APPROVED;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getUnitId() {
    return unitId;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public String getAwardForm() {
    return awardForm;
  }

  public Status getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStartedBy() {
    return startedBy;
  }
}
