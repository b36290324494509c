package vn.mttq.sangtao.award;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.security.AsSystem;

/** Records a proposal and starts its {@code awardProposal} instance, in one transaction. */
@Service
class AwardProposalStarter {

  private final AwardService awards;
  private final AwardProposing proposing;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  AwardProposalStarter(AwardService awards, AwardProposing proposing, RuntimeService runtimeService,
      IdentityService identityService) {
    this.awards = awards;
    this.proposing = proposing;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Transactional
  public AwardProposalView start(AwardRequest request, Long assessmentId, String userId) {
    AwardProposalView proposal = proposing.propose(request, assessmentId, userId);
    // the proposer's right was checked by AwardProposing; the instance is the application's, for this record
    String instanceId = AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(
        AwardProposalProcess.KEY, businessKey(proposal), Map.of(AwardProposalProcess.VAR_PROPOSAL_ID, proposal.id()))
        .getId());
    proposing.started(proposal.id(), instanceId);
    return awards.get(proposal.id());
  }

  static String businessKey(AwardProposalView proposal) {
    return "Hồ sơ " + proposal.id() + " — " + proposal.subject();
  }
}
