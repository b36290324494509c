package vn.mttq.sangtao.initiative;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The council's minutes (biên bản): the tallies, who voted, who was recused, and the decision with its reasons. */
@Entity
@Table(name = "council_minutes")
class CouncilMinutes {

  @Id
  @Column(name = "initiative_id")
  private Long initiativeId;

  @Column(name = "eligible_members", nullable = false)
  private int eligibleMembers;

  @Column(name = "votes_cast", nullable = false)
  private int votesCast;

  @Column(name = "novelty_met", nullable = false)
  private int noveltyMet;

  @Column(name = "suitability_met", nullable = false)
  private int suitabilityMet;

  @Column(name = "collectivity_met", nullable = false)
  private int collectivityMet;

  @Column(name = "effectiveness_met", nullable = false)
  private int effectivenessMet;

  @Column(name = "economy_met", nullable = false)
  private int economyMet;

  @Column(name = "average_score")
  private BigDecimal averageScore;

  @Column(nullable = false)
  private boolean recognised;

  @Column(name = "failed_criteria")
  private String failedCriteria;

  @Column(nullable = false)
  private String reasons;

  @Column(name = "members_present", nullable = false)
  private String membersPresent;

  @Column(name = "members_recused")
  private String membersRecused;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected CouncilMinutes() {
  }

  CouncilMinutes(Long initiativeId, Tally tally, boolean recognised, String failedCriteria, String reasons,
      Instant now) {
    this.initiativeId = initiativeId;
    this.eligibleMembers = tally.eligibleMembers();
    this.votesCast = tally.votesCast();
    this.noveltyMet = tally.met(Criterion.NOVELTY);
    this.suitabilityMet = tally.met(Criterion.SUITABILITY);
    this.collectivityMet = tally.met(Criterion.COLLECTIVITY);
    this.effectivenessMet = tally.met(Criterion.EFFECTIVENESS);
    this.economyMet = tally.met(Criterion.ECONOMY);
    this.averageScore = tally.averageScore();
    this.recognised = recognised;
    this.failedCriteria = failedCriteria;
    this.reasons = reasons;
    this.membersPresent = String.join(", ", tally.voters());
    this.membersRecused = tally.recused().isEmpty() ? null : String.join(", ", tally.recused());
    this.decidedAt = now;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public int getEligibleMembers() {
    return eligibleMembers;
  }

  public int getVotesCast() {
    return votesCast;
  }

  public int met(Criterion criterion) {
    return switch (criterion) {
      case NOVELTY -> noveltyMet;
      case SUITABILITY -> suitabilityMet;
      case COLLECTIVITY -> collectivityMet;
      case EFFECTIVENESS -> effectivenessMet;
      case ECONOMY -> economyMet;
    };
  }

  public BigDecimal getAverageScore() {
    return averageScore;
  }

  public boolean isRecognised() {
    return recognised;
  }

  public String getFailedCriteria() {
    return failedCriteria;
  }

  public String getReasons() {
    return reasons;
  }

  public String getMembersPresent() {
    return membersPresent;
  }

  public String getMembersRecused() {
    return membersRecused;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
