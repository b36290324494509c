package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The voting of one council: its deadline and whether the chair closed it. */
@Entity
@Table(name = "council_voting")
class CouncilVoting {

  @Id
  @Column(name = "initiative_id")
  private Long initiativeId;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "appointed_by", nullable = false)
  private String appointedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  protected CouncilVoting() {
  }

  CouncilVoting(Long initiativeId, LocalDate deadline, String appointedBy) {
    this.initiativeId = initiativeId;
    this.deadline = deadline;
    this.appointedBy = appointedBy;
  }

  void close(String userId, Instant now) {
    this.closedAt = now;
    this.closedBy = userId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public boolean isClosed() {
    return closedAt != null;
  }
}
