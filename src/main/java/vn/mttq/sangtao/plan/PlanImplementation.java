package vn.mttq.sangtao.plan;

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

/** One implementing recipient's handling of one issued plan. Unique per plan and unit. */
@Entity
@Table(name = "plan_implementation")
class PlanImplementation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImplementationStatus status;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "own_plan_id")
  private Long ownPlanId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlanImplementation() {
  }

  PlanImplementation(Long planId, Long unitId, LocalDate dueDate, Instant now) {
    this.planId = planId;
    this.unitId = unitId;
    this.dueDate = dueDate;
    this.status = ImplementationStatus.PENDING;
    this.createdAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void acknowledge(String userId, Instant now) {
    if (status == ImplementationStatus.PENDING) {
      status = ImplementationStatus.ACKNOWLEDGED;
      acknowledgedAt = now;
      acknowledgedBy = userId;
    }
  }

  void ownPlan(Long planId) {
    this.ownPlanId = planId;
  }

  void complete(ImplementationStatus done, Instant now) {
    this.status = done;
    this.completedAt = now;
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

  public ImplementationStatus getStatus() {
    return status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getOwnPlanId() {
    return ownPlanId;
  }
}
