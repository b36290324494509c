package vn.mttq.sangtao.initiative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the council named for one initiative; recused automatically or on their own word. */
@Entity
@Table(name = "council_member")
class CouncilMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private boolean chair;

  @Column(nullable = false)
  private boolean recused;

  @Column(name = "recusal_automatic", nullable = false)
  private boolean recusalAutomatic;

  @Column(name = "recusal_reason")
  private String recusalReason;

  @Column(name = "appointed_at", nullable = false)
  private Instant appointedAt;

  protected CouncilMember() {
  }

  CouncilMember(Long initiativeId, String userId, boolean chair, String automaticRecusal, Instant now) {
    this.initiativeId = initiativeId;
    this.userId = userId;
    this.chair = chair;
    this.recused = automaticRecusal != null;
    this.recusalAutomatic = automaticRecusal != null;
    this.recusalReason = automaticRecusal;
    this.appointedAt = now;
  }

  void recuse(String reason) {
    this.recused = true;
    this.recusalReason = reason;
  }

  /** The chair withdrew or another member was named chair. */
  void leaveChair() {
    this.chair = false;
  }

  void takeChair() {
    this.chair = true;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isChair() {
    return chair;
  }

  public boolean isRecused() {
    return recused;
  }

  public boolean isRecusalAutomatic() {
    return recusalAutomatic;
  }

  public String getRecusalReason() {
    return recusalReason;
  }
}
