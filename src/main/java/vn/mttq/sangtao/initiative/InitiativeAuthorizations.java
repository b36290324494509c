package vn.mttq.sangtao.initiative;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.Authorizations;

/** Any staff member may submit an initiative (Tasklist's "Gửi sáng kiến" start form or the API). */
@Component
@Order(41)
class InitiativeAuthorizations implements ApplicationRunner {

  private final Authorizations authorizations;

  InitiativeAuthorizations(Authorizations authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizations.grantEveryone(Resources.PROCESS_DEFINITION, InitiativeReviewProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
  }
}
