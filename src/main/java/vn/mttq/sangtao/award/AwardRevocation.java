package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/** A granted award revoked (a declaration proved false), with the reason; the record stays. */
@Component
@Transactional
class AwardRevocation {

  private final AwardService awards;
  private final AwardDecisionRepository decisions;
  private final AwardActionRepository actions;
  private final Clock clock;

  AwardRevocation(AwardService awards, AwardDecisionRepository decisions, AwardActionRepository actions, Clock clock) {
    this.awards = awards;
    this.decisions = decisions;
    this.actions = actions;
    this.clock = clock;
  }

  /** Revokes a granted award (a declaration proved false), with the reason; the record stays. */
  AwardProposalView revoke(Long proposalId, String reason, String userId) {
    AwardProposal proposal = awards.find(proposalId);
    Optional<AwardDecision> decision = decisions.findByProposalId(proposalId);
    List<String> problems = new ArrayList<>();
    if (decision.isEmpty()) {
      problems.add("Hồ sơ số " + proposalId + " chưa có quyết định khen thưởng.");
    } else if (decision.get().getRevokedAt() != null) {
      problems.add("Khen thưởng này đã bị thu hồi ngày " + BusinessTime.format(decision.get().getRevokedAt()
          .atZone(BusinessTime.ZONE).toLocalDate()) + ".");
    }
    if (AwardRules.blankToNull(reason) == null) {
      problems.add("Hãy ghi rõ lý do thu hồi.");
    } else if (reason.strip().length() > AwardRules.REASON_MAX) {
      problems.add("Lý do thu hồi dài quá " + WholeNumbers.format(AwardRules.REASON_MAX) + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa thu hồi được khen thưởng:", problems);
    }
    Instant now = clock.instant();
    decision.get().revoke(reason.strip(), userId, now);
    actions.save(new AwardAction(proposalId, decision.get().getDecidingUnitId(), ActionKind.REVOKED, userId, now,
        reason.strip()));
    return awards.get(proposal.getId());
  }
}
