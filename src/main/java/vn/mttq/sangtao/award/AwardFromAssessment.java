package vn.mttq.sangtao.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitView;

/** The awards an approved assessment grants, recorded as proposals decided at once. */
@Component
@Transactional
class AwardFromAssessment {

  private final AwardService awards;
  private final AwardProposalRepository proposals;
  private final AwardEvidenceRepository evidence;
  private final AwardActionRepository actions;
  private final AwardDecisionRepository decisions;
  private final AwardNotices notices;
  private final Clock clock;

  AwardFromAssessment(AwardService awards, AwardProposalRepository proposals, AwardEvidenceRepository evidence,
      AwardActionRepository actions, AwardDecisionRepository decisions, AwardNotices notices, Clock clock) {
    this.awards = awards;
    this.proposals = proposals;
    this.evidence = evidence;
    this.actions = actions;
    this.decisions = decisions;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * An award granted by a committee's approved assessment: the proposal is recorded as the committee's own,
   * citing the assessment, and decided at once under the assessment's decision. Returns the proposal's id, or null
   * when the nominee meanwhile got a standing proposal for the same award and year.
   */
  Long grant(Long assessmentId, UnitView committee, NomineeKind kind, Long nomineeUnitId,
      String name, String formCode, int year, String evidenceText, Long candidateId, String decisionNumber,
      LocalDate decisionDate, String editorId, String approverId) {
    String activeKey = AwardRules.activeKey(kind, nomineeUnitId, kind == NomineeKind.INDIVIDUAL ? name : null, formCode, year);
    if (proposals.findByActiveKey(activeKey).isPresent()) {
      return null;
    }
    Instant now = clock.instant();
    AwardProposal proposal = proposals.saveAndFlush(new AwardProposal(committee.id(), kind, nomineeUnitId,
        kind == NomineeKind.INDIVIDUAL ? name : null, null, formCode, year,
        evidenceText.length() > AwardRules.MAX_ACHIEVEMENTS ? evidenceText.substring(0, AwardRules.MAX_ACHIEVEMENTS - 1) + "…"
            : evidenceText, activeKey, assessmentId, editorId, now));
    evidence.save(new AwardEvidence(proposal.getId(), EvidenceKind.ASSESSMENT, candidateId,
        evidenceText.length() > 1000 ? evidenceText.substring(0, 999) + "…" : evidenceText));
    actions.save(new AwardAction(proposal.getId(), committee.id(), ActionKind.PROPOSED, editorId, now,
        "Theo đợt đánh giá số " + assessmentId));
    decisions.save(new AwardDecision(proposal.getId(), committee.id(), decisionNumber, decisionDate, formCode,
        approverId, now));
    proposal.decided(now);
    actions.save(new AwardAction(proposal.getId(), committee.id(), ActionKind.DECIDED, approverId, now,
        "Quyết định số " + decisionNumber + " ngày " + BusinessTime.format(decisionDate)));
    notices.decided(awards.get(proposal.getId()));
    return proposal.getId();
  }
}
