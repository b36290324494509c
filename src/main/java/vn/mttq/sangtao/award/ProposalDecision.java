package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The leaders of the level a proposal is at decide: approve it where this level may grant the award, forward it to the
 * next level up, or return it to the proposer; and the decision is announced.
 */
@Component
@Transactional
class ProposalDecision {

  private final AwardService awards;
  private final AwardFormRepository forms;
  private final AwardDecisionRepository decisions;
  private final AwardActionRepository actions;
  private final AwardNotices notices;
  private final Clock clock;

  ProposalDecision(AwardService awards, AwardFormRepository forms, AwardDecisionRepository decisions,
      AwardActionRepository actions, AwardNotices notices, Clock clock) {
    this.awards = awards;
    this.forms = forms;
    this.decisions = decisions;
    this.actions = actions;
    this.notices = notices;
    this.clock = clock;
  }

  /** What the leaders of a level did. */
  enum Outcome {
    APPROVED, FORWARDED, RETURNED
  }

  /**
   * The leaders' decision: approve (only where this level may grant the award; with the decision's number and
   * date, today unless given), forward to the next level up, or return to the proposer with a reason.
   */
  Outcome decide(Long proposalId, String decision, String comment, String decisionNumber,
      LocalDate decisionDate, String userId) {
    AwardProposal proposal = awards.find(proposalId);
    List<String> problems = new ArrayList<>();
    LocalDate today = BusinessTime.today(clock);
    AwardService.requireAtLevel(proposal, problems);
    Outcome outcome = decision == null ? null : switch (decision.strip()) {
      case "approve" -> Outcome.APPROVED;
      case "forward" -> Outcome.FORWARDED;
      case "return" -> Outcome.RETURNED;
      default -> null;
    };
    UnitView level = awards.level(proposal);
    AwardForm form = forms.findById(proposal.getAwardForm()).orElseThrow();
    Optional<UnitView> next = awards.nextLevel(level);
    if (outcome == null) {
      problems.add("Hãy chọn quyết định khen thưởng, đề nghị cấp trên, hoặc trả lại đơn vị đề nghị.");
    } else if (outcome == Outcome.APPROVED) {
      if (!AwardRules.mayGrant(level, form)) {
        problems.add("«" + level.name() + "» không được tặng «" + form.getName() + "»; hãy đề nghị cấp trên.");
      }
      String number = AwardRules.blankToNull(decisionNumber);
      if (number == null) {
        problems.add("Hãy ghi số quyết định khen thưởng (ví dụ 25/QĐ-MTTQ-BTT).");
      } else if (!AwardRules.isDecisionNumber(number)) {
        problems.add("Số quyết định «" + number + "» chỉ gồm chữ, số, dấu gạch ngang, gạch chéo, dấu chấm.");
      }
      LocalDate proposedOn = proposal.getCreatedAt().atZone(BusinessTime.ZONE).toLocalDate();
      if (decisionDate != null && decisionDate.isAfter(today)) {
        problems.add("Ngày ký quyết định (" + BusinessTime.format(decisionDate) + ") chưa đến.");
      } else if (decisionDate != null && decisionDate.isBefore(proposedOn)) {
        problems.add("Ngày ký quyết định (" + BusinessTime.format(decisionDate) + ") trước ngày lập hồ sơ đề nghị ("
            + BusinessTime.format(proposedOn) + "); quyết định chỉ có sau đề nghị.");
      }
    } else if (outcome == Outcome.FORWARDED && next.isEmpty()) {
      problems.add("«" + level.name() + "» là cấp cao nhất, không còn cấp trên để đề nghị.");
    } else if (outcome == Outcome.RETURNED && AwardRules.blankToNull(comment) == null) {
      problems.add("Hãy ghi rõ lý do trả lại.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa xét được đề nghị khen thưởng:", problems);
    }
    Instant now = clock.instant();
    if (decisionDate == null) {
      decisionDate = today;
    }
    switch (outcome) {
      case APPROVED -> {
        decisions.save(new AwardDecision(proposalId, level.id(), decisionNumber.strip(), decisionDate, form.getCode(),
            userId, now));
        proposal.decided(now);
        actions.save(new AwardAction(proposalId, level.id(), ActionKind.DECIDED, userId, now,
            "Quyết định số " + decisionNumber.strip() + " ngày " + BusinessTime.format(decisionDate)
                + (AwardRules.blankToNull(comment) == null ? "" : ". " + comment.strip())));
      }
      case FORWARDED -> {
        actions.save(new AwardAction(proposalId, level.id(), ActionKind.FORWARDED, userId, now,
            "Đề nghị " + next.get().name() + (AwardRules.blankToNull(comment) == null ? "" : ". " + comment.strip())));
        proposal.forwardTo(next.get().id(), now);
      }
      case RETURNED -> awards.returnToProposer(proposal, comment.strip(), userId);
      default -> throw new IllegalStateException();
    }
    return outcome;
  }

  /**
   * Tells the proposer and the nominee of the decision (in-app and by e-mail); its own step, so a mail failure is
   * retried and then becomes an incident while the decision stands.
   */
  void announce(Long proposalId) {
    notices.decided(awards.get(proposalId));
  }
}
