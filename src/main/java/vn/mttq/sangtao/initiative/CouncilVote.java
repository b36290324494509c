package vn.mttq.sangtao.initiative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's vote on the five criteria; one per member and initiative. */
@Entity
@Table(name = "council_vote")
class CouncilVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Column(name = "member_user_id", nullable = false)
  private String memberUserId;

  @Column(name = "novelty_met", nullable = false)
  private boolean noveltyMet;

  @Column(name = "novelty_comment")
  private String noveltyComment;

  @Column(name = "suitability_met", nullable = false)
  private boolean suitabilityMet;

  @Column(name = "suitability_comment")
  private String suitabilityComment;

  @Column(name = "collectivity_met", nullable = false)
  private boolean collectivityMet;

  @Column(name = "collectivity_comment")
  private String collectivityComment;

  @Column(name = "effectiveness_met", nullable = false)
  private boolean effectivenessMet;

  @Column(name = "effectiveness_comment")
  private String effectivenessComment;

  @Column(name = "economy_met", nullable = false)
  private boolean economyMet;

  @Column(name = "economy_comment")
  private String economyComment;

  private Integer score;

  @Column(name = "voted_at", nullable = false)
  private Instant votedAt;

  protected CouncilVote() {
  }

  CouncilVote(Long initiativeId, String memberUserId, Ballot ballot, Instant now) {
    this.initiativeId = initiativeId;
    this.memberUserId = memberUserId;
    this.noveltyMet = ballot.met(Criterion.NOVELTY);
    this.noveltyComment = ballot.comment(Criterion.NOVELTY);
    this.suitabilityMet = ballot.met(Criterion.SUITABILITY);
    this.suitabilityComment = ballot.comment(Criterion.SUITABILITY);
    this.collectivityMet = ballot.met(Criterion.COLLECTIVITY);
    this.collectivityComment = ballot.comment(Criterion.COLLECTIVITY);
    this.effectivenessMet = ballot.met(Criterion.EFFECTIVENESS);
    this.effectivenessComment = ballot.comment(Criterion.EFFECTIVENESS);
    this.economyMet = ballot.met(Criterion.ECONOMY);
    this.economyComment = ballot.comment(Criterion.ECONOMY);
    this.score = ballot.score();
    this.votedAt = now;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  public boolean met(Criterion criterion) {
    return switch (criterion) {
      case NOVELTY -> noveltyMet;
      case SUITABILITY -> suitabilityMet;
      case COLLECTIVITY -> collectivityMet;
      case EFFECTIVENESS -> effectivenessMet;
      case ECONOMY -> economyMet;
    };
  }

  public Integer getScore() {
    return score;
  }
}
