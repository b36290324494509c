package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Anyone may open the "Ban hành kế hoạch" start form in Tasklist; {@link SaveDraftDelegate} then lets only the
 * issuing committee's staff through.
 */
@Component
@Order(40)
class PlanAuthorizations implements ApplicationRunner {

  private final AuthorizationService authorizationService;

  PlanAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    grantEveryone(Resources.PROCESS_DEFINITION, PlanIssuanceProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grantEveryone(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }

  private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization global = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
    if (global == null) {
      global = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      global.setUserId(Authorization.ANY);
      global.setResource(resource);
      global.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      global.addPermission(permission);
    }
    authorizationService.saveAuthorization(global);
  }
}
