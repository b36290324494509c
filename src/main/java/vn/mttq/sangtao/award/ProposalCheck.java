package vn.mttq.sangtao.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.InvalidInputException;

/** The staff's check at a level: complete (on to the leaders) or returned to the proposer with what is missing. */
@Component
@Transactional
class ProposalCheck {

  private final AwardService awards;
  private final AwardActionRepository actions;
  private final Clock clock;

  ProposalCheck(AwardService awards, AwardActionRepository actions, Clock clock) {
    this.awards = awards;
    this.actions = actions;
    this.clock = clock;
  }

  /** Returns whether the proposal is complete. */
  boolean check(Long proposalId, Boolean complete, String comment, String userId) {
    AwardProposal proposal = awards.find(proposalId);
    List<String> problems = new ArrayList<>();
    AwardService.requireAtLevel(proposal, problems);
    if (complete == null) {
      problems.add("Hãy chọn hồ sơ đã đủ để trình lãnh đạo, hay trả lại đơn vị đề nghị.");
    } else if (!complete && AwardRules.blankToNull(comment) == null) {
      problems.add("Hãy ghi rõ lý do trả lại và những gì cần bổ sung.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa kiểm tra xong hồ sơ:", problems);
    }
    if (complete) {
      actions.save(new AwardAction(proposalId, proposal.getCurrentUnitId(), ActionKind.CHECKED, userId,
          clock.instant(), AwardRules.blankToNull(comment)));
    } else {
      awards.returnToProposer(proposal, comment.strip(), userId);
    }
    return complete;
  }
}
