package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants Camunda permissions the way this application needs them: to everyone, or to one group. */
@Component
public class Authorizations {

  private final AuthorizationService authorizationService;

  Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /**
   * Gives every user the permissions on a resource, adding to the global authorization that may already exist.
   * A grant for all users must be global (user id "*"): a GRANT with "*" is never matched.
   */
  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization global = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).list()
        .stream().findFirst().orElseGet(() -> {
          Authorization created = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
          created.setUserId(Authorization.ANY);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    for (Permission permission : permissions) {
      global.addPermission(permission);
    }
    authorizationService.saveAuthorization(global);
  }

  /** Grants a group that has no authorization on the resource yet; looks nothing up. */
  public void grantNewGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizationService.saveAuthorization(grant);
  }
}
