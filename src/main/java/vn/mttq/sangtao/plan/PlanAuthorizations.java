package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.Authorizations;

/**
 * Anyone may open the "Ban hành kế hoạch" start form in Tasklist; {@link SaveDraftDelegate} then lets only the
 * issuing committee's staff through.
 */
@Component
@Order(40)
class PlanAuthorizations implements ApplicationRunner {

  private final Authorizations authorizations;

  PlanAuthorizations(Authorizations authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizations.grantEveryone(Resources.PROCESS_DEFINITION, PlanIssuanceProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    authorizations.grantEveryone(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }
}
