package vn.mttq.sangtao.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda groups and their authorizations in step with the unit tree: two groups per unit with accounts
 * ({@link UnitGroups}), named after the unit; every user may open Tasklist; leaders may open Cockpit and follow
 * the processes there.
 */
@Component
class UnitIdentitySync {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  private static final int CHUNK = 500;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  UnitIdentitySync(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Authorizations every user needs, whatever their unit: opening Tasklist. Safe to call at every start. */
  void ensureBaseAuthorizations() {
    grantIfMissing(null, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
  }

  /** Creates or renames the groups of the given units; idempotent. */
  void syncGroups(Collection<Unit> units) {
    List<Unit> withAccounts = units.stream().filter(u -> u.getType().hasAccounts()).toList();
    for (int from = 0; from < withAccounts.size(); from += CHUNK) {
      List<Unit> chunk = withAccounts.subList(from, Math.min(from + CHUNK, withAccounts.size()));
      List<String> ids = new ArrayList<>();
      chunk.forEach(u -> {
        ids.add(UnitGroups.staff(u.getCode()));
        ids.add(UnitGroups.leaders(u.getCode()));
      });
      Map<String, Group> existing = identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list()
          .stream().collect(Collectors.toMap(Group::getId, Function.identity()));
      for (Unit unit : chunk) {
        saveGroup(existing, UnitGroups.staff(unit.getCode()), UnitGroups.staffName(unit.getName()));
        boolean newLeaders = saveGroup(existing, UnitGroups.leaders(unit.getCode()),
            UnitGroups.leadersName(unit.getName()));
        if (newLeaders) {
          grantLeaders(UnitGroups.leaders(unit.getCode()));
        }
      }
    }
  }

  private boolean saveGroup(Map<String, Group> existing, String id, String name) {
    Group group = existing.get(id);
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(UnitGroups.GROUP_TYPE);
      identityService.saveGroup(group);
      return true;
    }
    if (!name.equals(group.getName())) {
      group.setName(name);
      identityService.saveGroup(group);
    }
    return false;
  }

  /** Grants a new leaders group what leaders may do; a new group has no grants yet, so none is looked up. */
  private void grantLeaders(String groupId) {
    grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY);
    grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  /** Grants to a group, or to every user when {@code groupId} is null, unless such a grant already exists. */
  private void grantIfMissing(String groupId, Resource resource, String resourceId, Permission... permissions) {
    var query = authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    query = groupId == null ? query.userIdIn(Authorization.ANY) : query.groupIdIn(groupId);
    if (query.count() == 0) {
      grant(groupId, resource, resourceId, permissions);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    // a grant for every user is a global authorization (user id "*"); a GRANT with "*" is never matched
    Authorization grant = authorizationService.createNewAuthorization(
        groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
    if (groupId == null) {
      grant.setUserId(Authorization.ANY);
    } else {
      grant.setGroupId(groupId);
    }
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizationService.saveAuthorization(grant);
  }
}
