package vn.mttq.sangtao.award;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;

/** What {@code awardProposal.bpmn} asks in its expressions: who checks, decides and revises a proposal. */
@Component("awardProposal")
@Transactional(readOnly = true)
public class AwardProposalExpressions {

  private final AwardService awards;
  private final UnitService units;

  AwardProposalExpressions(AwardService awards, UnitService units) {
    this.awards = awards;
    this.units = units;
  }

  /** The staff of the level the proposal is at, who check it. */
  public String staff(Long proposalId) {
    return UnitGroups.staff(awards.level(awards.find(proposalId)).code());
  }

  /** The leaders of the level the proposal is at, who decide, forward or return it. */
  public String leaders(Long proposalId) {
    return UnitGroups.leaders(awards.level(awards.find(proposalId)).code());
  }

  /** The proposer's staff, who revise a returned proposal. */
  public String proposerStaff(Long proposalId) {
    return UnitGroups.staff(units.byId(awards.find(proposalId).getProposerUnitId()).code());
  }
}
