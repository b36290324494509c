package vn.mttq.sangtao.initiative;

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

/** An initiative (sáng kiến, ý tưởng mới, cách làm mới) and where its review stands. */
@Entity
@Table(name = "initiative")
class Initiative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "tracking_code", nullable = false, unique = true)
  private String trackingCode;

  @Column(nullable = false)
  private String title;
  @Column(nullable = false)
  private String summary;
  @Column(nullable = false)
  private String description;
  @Enumerated(EnumType.STRING)
  @Column(name = "content_area", nullable = false)
  private ContentArea contentArea;
  private String fieldOfWork;
  private String appliedAt;
  private String expectedBenefit;
  private Long estimatedCostVnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false)
  private AuthorKind authorKind;
  @Column(name = "author_names", nullable = false)
  private String authorNames;
  @Column(name = "author_unit_id", nullable = false)
  private Long authorUnitId;
  @Column(name = "receiving_unit_id", nullable = false)
  private Long receivingUnitId;

  /** Who sent it from the public page and how to reach them; null for staff without any of it. */
  @Embedded
  private Submitter submitter;
  private String submittedBy;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubmissionChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InitiativeStatus status;
  @Column(name = "submitted_year", nullable = false)
  private int submittedYear;
  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;
  private Instant decidedAt;

  private Long earlierInitiativeId;
  private String reviewNote;
  private String supplementRequest;
  private LocalDate supplementDue;
  private String processInstanceId;

  protected Initiative() {
  }

  Initiative(String trackingCode, InitiativeSubmission.Checked checked, SubmissionChannel channel,
      String submittedBy, Instant now, int year) {
    this.trackingCode = trackingCode;
    this.channel = channel;
    this.submittedBy = submittedBy;
    this.status = InitiativeStatus.SUBMITTED;
    this.submittedAt = now;
    this.submittedYear = year;
    InitiativeSubmission s = checked.submission();
    this.title = s.title();
    this.summary = s.summary();
    this.description = s.description();
    this.contentArea = checked.contentArea();
    this.fieldOfWork = s.fieldOfWork();
    this.appliedAt = s.appliedAt();
    this.expectedBenefit = s.expectedBenefit();
    this.estimatedCostVnd = s.estimatedCostVnd();
    this.authorKind = checked.authorKind();
    this.authorNames = s.authorNames();
    this.authorUnitId = checked.authorUnit().id();
    this.receivingUnitId = checked.receivingUnit().id();
    this.submitter = new Submitter(s.submitterName(), s.submitterPhone(), s.submitterEmail(), null);
  }

  /** Gives the submitter a new secret for the public supplement; returns it, keeping only its hash. */
  String newSupplementSecret() {
    String secret = SupplementSecrets.next();
    submitter = submitter().withSecretHash(SupplementSecrets.hash(secret));
    return secret;
  }

  boolean supplementSecretIs(String typed) {
    return SupplementSecrets.matches(typed, submitter().secretHash());
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void requestSupplement(String request, LocalDate due) {
    this.status = InitiativeStatus.SUPPLEMENT_REQUESTED;
    this.supplementRequest = request;
    this.supplementDue = due;
  }

  void supplement(String title, String summary, String description, String appliedAt, String expectedBenefit) {
    this.title = title;
    this.summary = summary;
    this.description = description;
    this.appliedAt = appliedAt;
    this.expectedBenefit = expectedBenefit;
    this.status = InitiativeStatus.SUBMITTED;
  }

  /** The review's end: recognised or not by the council, or withdrawn for want of a supplement. */
  void end(InitiativeStatus outcome, Instant now) {
    this.status = outcome;
    this.decidedAt = now;
  }

  void rejectAsNotNew(Long earlierId, String note, Instant now) {
    this.status = InitiativeStatus.NOT_NEW;
    this.earlierInitiativeId = earlierId;
    this.reviewNote = note;
    this.decidedAt = now;
  }

  void sendToCouncil(String note) {
    this.status = InitiativeStatus.IN_COUNCIL;
    this.reviewNote = note;
  }

  /** The public submitter's contact details (all null for staff). */
  public Submitter submitter() {
    return submitter == null ? Submitter.NONE : submitter;
  }

  public Long getId() {
    return id;
  }

  public String getTrackingCode() {
    return trackingCode;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescription() {
    return description;
  }

  public ContentArea getContentArea() {
    return contentArea;
  }

  public String getFieldOfWork() {
    return fieldOfWork;
  }

  public String getAppliedAt() {
    return appliedAt;
  }

  public String getExpectedBenefit() {
    return expectedBenefit;
  }

  public Long getEstimatedCostVnd() {
    return estimatedCostVnd;
  }

  public AuthorKind getAuthorKind() {
    return authorKind;
  }

  public String getAuthorNames() {
    return authorNames;
  }

  public Long getAuthorUnitId() {
    return authorUnitId;
  }

  public Long getReceivingUnitId() {
    return receivingUnitId;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public SubmissionChannel getChannel() {
    return channel;
  }

  public InitiativeStatus getStatus() {
    return status;
  }

  public int getSubmittedYear() {
    return submittedYear;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** The initiative this one repeats, when it was found not new. */
  public Long getEarlierInitiativeId() {
    return earlierInitiativeId;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getSupplementRequest() {
    return supplementRequest;
  }

  public LocalDate getSupplementDue() {
    return supplementDue;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
