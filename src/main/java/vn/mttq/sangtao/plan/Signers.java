package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.PersonNames;

/** Who signs a plan for the standing committee: the approving leader, by the name their account carries. */
@Component
class Signers {

  private final IdentityService identityService;

  Signers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** "Nguyễn Văn An" for the leader's account; null when there is no such account (the application's own work). */
  String nameOf(String userId) {
    return PersonNames.of(identityService, userId);
  }
}
