package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
class Report {

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

  /** Null when every figure is (an embedded value with no column set is not loaded). */
  @Embedded
  private ReportFigureColumns figureColumns;

  /** What the system had worked out when the report was submitted (null for reports entered from paper). */
  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "propagandaSessions", column = @Column(name = "computed_propaganda_sessions")),
      @AttributeOverride(name = "propagandaParticipants", column = @Column(name = "computed_propaganda_participants")),
      @AttributeOverride(name = "modelsBuilt", column = @Column(name = "computed_models_built")),
      @AttributeOverride(name = "modelsReplicated", column = @Column(name = "computed_models_replicated")),
      @AttributeOverride(name = "initiativesSubmitted", column = @Column(name = "computed_initiatives_submitted")),
      @AttributeOverride(name = "initiativesRecognised", column = @Column(name = "computed_initiatives_recognised")),
      @AttributeOverride(name = "initiativesApplied", column = @Column(name = "computed_initiatives_applied")),
      @AttributeOverride(name = "initiativesProposedSt", column = @Column(name = "computed_initiatives_proposed_st")),
      @AttributeOverride(name = "collectivesCommended", column = @Column(name = "computed_collectives_commended")),
      @AttributeOverride(name = "individualsCommended", column = @Column(name = "computed_individuals_commended")),
      @AttributeOverride(name = "resourcesVnd", column = @Column(name = "computed_resources_vnd")),
      @AttributeOverride(name = "inspectionsHeld", column = @Column(name = "computed_inspections_held")),
      @AttributeOverride(name = "clubsFormed", column = @Column(name = "computed_clubs_formed"))
  })
  private ReportFigureColumns computedColumns;

  @Column(name = "computed_at")
  private Instant computedAt;

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

  /** Entered afterwards from the paper the unit sent, for a period already past: no process, no reminders. */
  @Column(name = "entered_late", nullable = false)
  private boolean enteredLate;

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

  /** Submitted by the unit, beside the figures the system had worked out at that moment. */
  void submit(Map<Figure, Long> figures, Map<Figure, Long> computed, Instant computedAt, String narrative,
      String userId, Instant now, boolean late) {
    submit(figures, narrative, userId, now, late);
    this.computedColumns = new ReportFigureColumns();
    computed.forEach(computedColumns::set);
    this.computedAt = computedAt;
  }

  void submit(Map<Figure, Long> figures, String narrative, String userId, Instant now, boolean late) {
    if (figureColumns == null) {
      figureColumns = new ReportFigureColumns();
    }
    figures.forEach(figureColumns::set);
    this.narrative = narrative;
    this.submittedBy = userId;
    this.submittedAt = now;
    this.late = late;
    this.status = ReportStatus.SUBMITTED;
  }

  /**
   * A past period's report entered from the paper the unit sent: accepted as the receiving committee received it,
   * on time when the paper is dated on or before the due date.
   */
  void enterFromPaper(Map<Figure, Long> figures, String narrative, Instant sentAt, boolean late, String userId,
      Instant now) {
    submit(figures, narrative, userId, sentAt, late);
    accept(userId, now);
    this.enteredLate = true;
  }

  public boolean isEnteredLate() {
    return enteredLate;
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
    return figureColumns == null ? null : figureColumns.get(figure);
  }

  /** The figures the system had worked out when the report was submitted; empty for a paper report. */
  public Map<Figure, Long> computedFigures() {
    return computedColumns == null ? Map.of() : computedColumns.all();
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  public Map<Figure, Long> figures() {
    return (figureColumns == null ? new ReportFigureColumns() : figureColumns).all();
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
