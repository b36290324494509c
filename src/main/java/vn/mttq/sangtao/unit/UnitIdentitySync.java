package vn.mttq.sangtao.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.Authorizations;

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
  private final Authorizations authorizations;

  UnitIdentitySync(IdentityService identityService, AuthorizationService authorizationService,
      Authorizations authorizations) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.authorizations = authorizations;
  }

  /**
   * Authorizations every user needs, whatever their unit: opening Tasklist. Safe to call at every start. Leaders
   * groups granted before instances were scoped to their line lose the grant on every instance and its history
   * (each instance now carries its own, see {@link LineVisibility}).
   */
  void ensureBaseAuthorizations(Set<String> roots) {
    authorizations.grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    for (Authorization grant : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).hasPermission(Permissions.READ_INSTANCE).list()) {
      Optional<String> unit = grant.getGroupId() == null ? Optional.empty() : UnitGroups.unitCodeOf(grant.getGroupId());
      if (unit.isPresent() && !roots.contains(unit.get())) {
        grant.removePermission(Permissions.READ_INSTANCE);
        grant.removePermission(Permissions.READ_HISTORY);
        authorizationService.saveAuthorization(grant);
      }
    }
    roots.forEach(this::grantWholeTree);
  }

  /**
   * The root's leaders read every instance and its history: their line is the whole tree. One grant on the process
   * models stands for the two rows {@link LineVisibility} would add to each instance.
   */
  private void grantWholeTree(String rootCode) {
    String group = UnitGroups.leaders(rootCode);
    authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).list().stream()
        .filter(grant -> !grant.isPermissionGranted(Permissions.READ_INSTANCE)
            || !grant.isPermissionGranted(Permissions.READ_HISTORY))
        .forEach(grant -> {
          grant.addPermission(Permissions.READ_INSTANCE);
          grant.addPermission(Permissions.READ_HISTORY);
          authorizationService.saveAuthorization(grant);
        });
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
          if (unit.getParent() == null) {
            grantWholeTree(unit.getCode());
          }
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

  /**
   * Grants a new leaders group what leaders may do: open Cockpit and see the process models there; which instances
   * they see is decided per instance ({@link LineVisibility}). A new group has no grants yet, so none is looked up.
   */
  private void grantLeaders(String groupId) {
    authorizations.grantNewGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    authorizations.grantNewGroup(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    authorizations.grantNewGroup(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
  }
}
