package vn.mttq.sangtao.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plan (kế hoạch) of a committee: drafted, approved, issued with a number, then carried out by its recipients. */
@Entity
@Table(name = "plan")
class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuing_unit_id", nullable = false)
  private Long issuingUnitId;

  @Column(name = "parent_plan_id")
  private Long parentPlanId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Column(name = "plan_number")
  private Integer number;

  @Column(nullable = false)
  private String symbol;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(nullable = false)
  private String title;

  /** The plan's sections as written (null when all are empty: an embedded value with no column set). */
  @Embedded
  private PlanSections sections;

  /** When its units report, and when they are reminded. */
  @Embedded
  private ReportingRegime regime;

  @Column(name = "implementation_days", nullable = false)
  private int implementationDays;

  @Column(name = "implementation_due")
  private LocalDate implementationDue;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "drafted_by")
  private String draftedBy;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "signer_name")
  private String signerName;

  /** Issued outside the system and recorded here with its own number and date. */
  @Column(nullable = false)
  private boolean recorded;

  /** A body outside the unit tree that issued it (the plan is then held by the unit that recorded it). */
  @Column(name = "issuer_name")
  private String issuerName;

  /** The outside body's name for the uniqueness of numbers, empty for the unit's own plans. */
  @Column(name = "issuer_key", nullable = false)
  private String issuerKey = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Plan() {
  }

  Plan(Long issuingUnitId, Long parentPlanId, int year, Instant now) {
    this.issuingUnitId = issuingUnitId;
    this.parentPlanId = parentPlanId;
    this.year = year;
    this.status = PlanStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void applyDraft(PlanDraft draft, String userId, Instant now) {
    this.title = draft.title();
    this.year = draft.year();
    this.symbol = draft.symbol();
    this.number = draft.number();
    this.sections = new PlanSections(draft.basis(), draft.purposes(), draft.propagandaContent(),
        draft.propagandaAudience(), draft.propagandaForms(), draft.modelsContent(), draft.supportContent(),
        draft.summaryContent(), draft.issuerTasks(), draft.memberOrganisationTasks(),
        draft.subordinateCommitteeTasks());
    this.regime = new ReportingRegime(draft);
    this.implementationDays = draft.implementationDays();
    this.draftedBy = userId;
    this.status = PlanStatus.SUBMITTED;
    this.returnReason = null;
    this.updatedAt = now;
  }

  /** Saved by its staff to go on later, not sent to the leaders. */
  void keepAsDraft(Instant now) {
    if (status == PlanStatus.ISSUED) {
      throw new IllegalStateException("An issued plan is no draft");
    }
    this.status = PlanStatus.DRAFT;
    this.updatedAt = now;
  }

  void returnForRevision(String reason, Instant now) {
    this.status = PlanStatus.RETURNED;
    this.returnReason = reason;
    this.updatedAt = now;
  }

  void issue(int assignedNumber, LocalDate today, String approver, String signer, Instant now) {
    this.number = assignedNumber;
    this.signerName = signer;
    this.issuedOn = today;
    this.implementationDue = today.plusDays(implementationDays);
    this.approvedBy = approver;
    this.status = PlanStatus.ISSUED;
    this.updatedAt = now;
  }

  /**
   * Records a plan issued outside the system, with its own number, date and signer: it is issued as of that date; its
   * units build their own plans within the days it gives from that date, or from today when it is entered later.
   */
  void recordIssued(int assignedNumber, LocalDate issuedOn, String outsideIssuer, String signer, String userId,
      LocalDate today, Instant now) {
    this.recorded = true;
    this.issuerName = outsideIssuer;
    this.issuerKey = outsideIssuer == null ? "" : outsideIssuer;
    issue(assignedNumber, issuedOn, userId, signer, now);
    LocalDate from = issuedOn.isBefore(today) ? today : issuedOn;
    if (issuedOn.plusDays(implementationDays).isBefore(today)) {
      this.implementationDue = from.plusDays(implementationDays);
    }
  }

  /** "12/KH-MTTQ-BTT", or the symbol alone before a number is given. */
  public String getNumberAndSymbol() {
    return number == null ? symbol : number + "/" + symbol;
  }

  /** The plan's sections, empty ones as null. */
  public PlanSections sections() {
    return sections == null ? PlanSections.NONE : sections;
  }

  public Long getId() {
    return id;
  }

  public Long getIssuingUnitId() {
    return issuingUnitId;
  }

  public Long getParentPlanId() {
    return parentPlanId;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public int getYear() {
    return year;
  }

  public Integer getNumber() {
    return number;
  }

  public String getSymbol() {
    return symbol;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getTitle() {
    return title;
  }

  public ReportingRegime regime() {
    return regime;
  }

  public int getImplementationDays() {
    return implementationDays;
  }

  public LocalDate getImplementationDue() {
    return implementationDue;
  }

  public String getReturnReason() {
    return returnReason;
  }



  public boolean isRecorded() {
    return recorded;
  }

  public String getIssuerName() {
    return issuerName;
  }

  /** Who signs "TM. BAN THƯỜNG TRỰC": the approving leader's name when the plan was issued. */
  public String getSignerName() {
    return signerName;
  }
}
