package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposing a recognised initiative to the provincial Science & Technology Council, and recording its opinion. */
@Service
@Transactional
class StCouncilService {

  private final InitiativeReviewService review;
  private final StCouncilOpinionRepository opinions;
  private final Clock clock;

  StCouncilService(InitiativeReviewService review, StCouncilOpinionRepository opinions, Clock clock) {
    this.clock = clock;
    this.review = review;
    this.opinions = opinions;
  }

  /** The receiving committee's leaders decide whether to propose it; returns whether they did. */
  public boolean propose(Long initiativeId, Boolean propose, String userId) {
    Initiative initiative = review.find(initiativeId);
    if (propose == null) {
      throw new InitiativeValidationException(List.of("Hãy chọn có đề xuất hay không."));
    }
    if (initiative.getStatus() != InitiativeStatus.RECOGNISED) {
      throw new InitiativeValidationException(List.of("Chỉ đề xuất được sáng kiến đã được công nhận."));
    }
    if (propose && !opinions.existsById(initiativeId)) {
      opinions.save(new StCouncilOpinion(initiativeId, review.province(initiative).id(), userId, clock.instant()));
    }
    return propose;
  }

  /** The province's staff record the council's opinion: promising for a research topic or not. */
  public void record(Long initiativeId, Boolean promising, String note, String userId) {
    StCouncilOpinion opinion = opinions.findById(initiativeId).orElseThrow(() -> new InitiativeValidationException(
        List.of("Sáng kiến chưa được đề xuất lên Hội đồng Khoa học - Công nghệ tỉnh.")));
    if (promising == null) {
      throw new InitiativeValidationException(List.of("Hãy chọn sáng kiến có triển vọng hay không."));
    }
    opinion.record(promising, note, userId, clock.instant());
  }

  @Transactional(readOnly = true)
  public Optional<StCouncilOpinion> opinion(Long initiativeId) {
    return opinions.findById(initiativeId);
  }
}
