package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.InvalidInputException;

/** A returned proposal: the proposer sends it again, with its summary of achievements revised, or withdraws it. */
@Component
@Transactional
class ProposalRevision {

  private final AwardService awards;
  private final AwardActionRepository actions;
  private final Clock clock;

  ProposalRevision(AwardService awards, AwardActionRepository actions, Clock clock) {
    this.awards = awards;
    this.actions = actions;
    this.clock = clock;
  }

  /** The proposer resubmits a returned proposal (with its summary of achievements revised) or withdraws it. */
  boolean revise(Long proposalId, Boolean resubmit, String achievements, String userId) {
    AwardProposal proposal = awards.find(proposalId);
    List<String> problems = new ArrayList<>();
    if (proposal.getStatus() != ProposalStatus.RETURNED) {
      problems.add("Hồ sơ đang ở trạng thái «" + proposal.getStatus().label() + "», không sửa được.");
    }
    if (resubmit == null) {
      problems.add("Hãy chọn gửi lại hồ sơ hay rút đề nghị.");
    }
    String text = AwardRules.blankToNull(achievements);
    if (Boolean.TRUE.equals(resubmit) && text != null && text.length() > AwardRules.MAX_ACHIEVEMENTS) {
      problems.add("Tóm tắt thành tích dài quá " + AwardRules.MAX_ACHIEVEMENTS + " ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa gửi lại được hồ sơ:", problems);
    }
    Instant now = clock.instant();
    if (resubmit) {
      proposal.resubmit(text == null ? proposal.getAchievements() : text, now);
      actions.save(new AwardAction(proposalId, proposal.getProposerUnitId(), ActionKind.RESUBMITTED, userId, now,
          null));
    } else {
      proposal.withdraw(now);
      actions.save(new AwardAction(proposalId, proposal.getProposerUnitId(), ActionKind.WITHDRAWN, userId, now,
          null));
    }
    return resubmit;
  }
}
