package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One unit's report on one plan for one period: its figures, narrative, and where it stands. */
@Entity
@Table(name = "report")
public class Report {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "receiving_unit_id", nullable = false)
  private Long receivingUnitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportPeriod period;

  @Column(name = "period_year", nullable = false)
  private int periodYear;

  /** The first year the report covers: the period's year, or the first year of a phase summary. */
  @Column(name = "from_year", nullable = false)
  private int fromYear;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "propaganda_sessions")
  private Integer propagandaSessions;

  @Column(name = "propaganda_participants")
  private Integer propagandaParticipants;

  @Column(name = "models_built")
  private Integer modelsBuilt;

  @Column(name = "models_replicated")
  private Integer modelsReplicated;

  @Column(name = "initiatives_submitted")
  private Integer initiativesSubmitted;

  @Column(name = "initiatives_recognised")
  private Integer initiativesRecognised;

  @Column(name = "initiatives_applied")
  private Integer initiativesApplied;

  @Column(name = "initiatives_proposed_st")
  private Integer initiativesProposedSt;

  @Column(name = "collectives_commended")
  private Integer collectivesCommended;

  @Column(name = "individuals_commended")
  private Integer individualsCommended;

  @Column(name = "resources_vnd")
  private Long resourcesVnd;

  @Column(name = "inspections_held")
  private Integer inspectionsHeld;

  @Column(name = "clubs_formed")
  private Integer clubsFormed;

  private String narrative;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  private Boolean late;

  @Column(name = "return_comment")
  private String returnComment;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected Report() {
  }

  Report(Long planId, Long unitId, Long receivingUnitId, ReportPeriod period, int periodYear, LocalDate dueDate,
      Instant now) {
    this(planId, unitId, receivingUnitId, period, periodYear, periodYear, dueDate, now);
  }

  Report(Long planId, Long unitId, Long receivingUnitId, ReportPeriod period, int fromYear, int periodYear,
      LocalDate dueDate, Instant now) {
    this.fromYear = fromYear;
    this.planId = planId;
    this.unitId = unitId;
    this.receivingUnitId = receivingUnitId;
    this.period = period;
    this.periodYear = periodYear;
    this.dueDate = dueDate;
    this.status = ReportStatus.OPEN;
    this.openedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void submit(Map<Figure, Long> figures, String narrative, String userId, Instant now, boolean late) {
    figures.forEach(this::set);
    this.narrative = narrative;
    this.submittedBy = userId;
    this.submittedAt = now;
    this.late = late;
    this.status = ReportStatus.SUBMITTED;
  }

  void accept(String userId, Instant now) {
    this.status = ReportStatus.ACCEPTED;
    this.acceptedBy = userId;
    this.acceptedAt = now;
  }

  void returnForCorrection(String comment, LocalDate newDueDate) {
    this.status = ReportStatus.RETURNED;
    this.returnComment = comment;
    this.dueDate = newDueDate;
  }

  /** A figure, or null when not given. */
  public Long get(Figure figure) {
    return switch (figure) {
      case PROPAGANDA_SESSIONS -> propagandaSessions == null ? null : propagandaSessions.longValue();
      case PROPAGANDA_PARTICIPANTS -> propagandaParticipants == null ? null : propagandaParticipants.longValue();
      case MODELS_BUILT -> modelsBuilt == null ? null : modelsBuilt.longValue();
      case MODELS_REPLICATED -> modelsReplicated == null ? null : modelsReplicated.longValue();
      case INITIATIVES_SUBMITTED -> initiativesSubmitted == null ? null : initiativesSubmitted.longValue();
      case INITIATIVES_RECOGNISED -> initiativesRecognised == null ? null : initiativesRecognised.longValue();
      case INITIATIVES_APPLIED -> initiativesApplied == null ? null : initiativesApplied.longValue();
      case INITIATIVES_PROPOSED_ST -> initiativesProposedSt == null ? null : initiativesProposedSt.longValue();
      case COLLECTIVES_COMMENDED -> collectivesCommended == null ? null : collectivesCommended.longValue();
      case INDIVIDUALS_COMMENDED -> individualsCommended == null ? null : individualsCommended.longValue();
      case RESOURCES_VND -> resourcesVnd == null ? null : resourcesVnd.longValue();
      case INSPECTIONS_HELD -> inspectionsHeld == null ? null : inspectionsHeld.longValue();
      case CLUBS_FORMED -> clubsFormed == null ? null : clubsFormed.longValue();
    };
  }

  private void set(Figure figure, Long value) {
    switch (figure) {
      case PROPAGANDA_SESSIONS -> this.propagandaSessions = value == null ? null : Math.toIntExact(value);
      case PROPAGANDA_PARTICIPANTS -> this.propagandaParticipants = value == null ? null : Math.toIntExact(value);
      case MODELS_BUILT -> this.modelsBuilt = value == null ? null : Math.toIntExact(value);
      case MODELS_REPLICATED -> this.modelsReplicated = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_SUBMITTED -> this.initiativesSubmitted = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_RECOGNISED -> this.initiativesRecognised = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_APPLIED -> this.initiativesApplied = value == null ? null : Math.toIntExact(value);
      case INITIATIVES_PROPOSED_ST -> this.initiativesProposedSt = value == null ? null : Math.toIntExact(value);
      case COLLECTIVES_COMMENDED -> this.collectivesCommended = value == null ? null : Math.toIntExact(value);
      case INDIVIDUALS_COMMENDED -> this.individualsCommended = value == null ? null : Math.toIntExact(value);
      case RESOURCES_VND -> this.resourcesVnd = value == null ? null : value;
      case INSPECTIONS_HELD -> this.inspectionsHeld = value == null ? null : Math.toIntExact(value);
      case CLUBS_FORMED -> this.clubsFormed = value == null ? null : Math.toIntExact(value);
    }
  }

  public Map<Figure, Long> figures() {
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      figures.put(figure, get(figure));
    }
    return figures;
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

  public Long getReceivingUnitId() {
    return receivingUnitId;
  }

  public ReportPeriod getPeriod() {
    return period;
  }

  public int getPeriodYear() {
    return periodYear;
  }

  public int getFromYear() {
    return fromYear;
  }

  /** "Báo cáo 6 tháng đầu năm 2026", "Báo cáo tổng kết giai đoạn 2018 – 2024". */
  public String title() {
    return period.title(fromYear, periodYear);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getNarrative() {
    return narrative;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Boolean getLate() {
    return late;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
