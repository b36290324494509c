package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council's vote counted and judged by the decision {@code initiativeRecognition}, kept as minutes. */
@Component
@Transactional
class CouncilDecision {

  private final InitiativeReviewService review;
  private final CouncilMemberRepository members;
  private final CouncilVoteRepository votes;
  private final CouncilMinutesRepository minutes;
  private final DecisionService decisionService;
  private final Clock clock;

  CouncilDecision(InitiativeReviewService review, CouncilMemberRepository members, CouncilVoteRepository votes,
      CouncilMinutesRepository minutes, DecisionService decisionService, Clock clock) {
    this.review = review;
    this.members = members;
    this.votes = votes;
    this.minutes = minutes;
    this.decisionService = decisionService;
    this.clock = clock;
  }

  /**
   * Counts the votes, lets {@code initiativeRecognition} decide, keeps the minutes and tells the author. A second
   * call (a retried step) returns the decision already taken.
   */
  CouncilMinutes decide(Long initiativeId) {
    return minutes.findById(initiativeId).orElseGet(() -> {
      Initiative initiative = review.find(initiativeId);
      Tally tally = Tally.of(members.findByInitiativeIdOrderByIdAsc(initiativeId),
          votes.findByInitiativeIdOrderByIdAsc(initiativeId));
      DmnDecisionResult result = decisionService.evaluateDecisionByKey(CouncilService.DECISION_KEY)
          .variables(tally.decisionInputs()).evaluate();
      List<Boolean> verdicts = result.collectEntries("recognised");
      boolean recognised = verdicts.equals(List.of(true));
      List<String> failed = result.<String>collectEntries("criterion").stream()
          .filter(Objects::nonNull).toList();
      String reasons = result.<String>collectEntries("reason").stream().collect(Collectors.joining(" "));
      Instant now = clock.instant();
      CouncilMinutes kept = minutes.save(new CouncilMinutes(initiativeId, tally, recognised,
          failed.isEmpty() ? null : String.join(",", failed), reasons, now));
      initiative.end(recognised ? InitiativeStatus.RECOGNISED : InitiativeStatus.NOT_RECOGNISED, now);
      review.tellAuthor(initiative, recognised ? "RECOGNISED" : "NOT_RECOGNISED",
          "Sáng kiến «" + initiative.getTitle() + "» " + (recognised ? "được công nhận" : "không được công nhận"),
          reasons);
      return kept;
    });
  }
}
