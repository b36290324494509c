package vn.mttq.sangtao.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.Authorizations;

/**
 * Keeps Camunda groups and their authorizations in step with the unit tree: two groups per unit with accounts
 * ({@link UnitGroups}), named after the unit; every user may open Tasklist and read the models; leaders may open
 * Cockpit and follow there the processes of their line.
 */
@Component
class UnitIdentitySync {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  /** Units whose groups one engine command writes. */
  private static final int CHUNK = 100;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Authorizations authorizations;
  private final ProcessEngineConfigurationImpl configuration;

  UnitIdentitySync(IdentityService identityService, AuthorizationService authorizationService,
      Authorizations authorizations, ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.authorizations = authorizations;
  }

  /**
   * Authorizations every user needs, whatever their unit: opening Tasklist, reading the groups' names and the process
   * and decision models (what the models say is no unit's secret; which instances one sees is decided per instance, see
   * {@link LineVisibility}). Safe to call at every start. Grants from earlier versions are narrowed: leaders groups
   * lose their own copy of the model grants (one global row stands for them all), and all but the root's lose the
   * grant on every instance and its history.
   */
  void ensureBaseAuthorizations(Set<String> roots) {
    authorizations.grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    authorizations.grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    authorizations.grantEveryone(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    // groups are named after their unit ("Cán bộ — Hội Nông dân phường Bảo Vinh"): screens show the name, not the id
    authorizations.grantEveryone(Resources.GROUP, Authorization.ANY, Permissions.READ);
    for (Resource models : List.of(Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION)) {
      for (Authorization grant : authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(models).resourceId(Authorization.ANY)
          .list()) {
        Optional<String> unit = grant.getGroupId() == null ? Optional.empty()
            : UnitGroups.unitCodeOf(grant.getGroupId());
        if (unit.isPresent() && !(roots.contains(unit.get()) && models == Resources.PROCESS_DEFINITION)) {
          authorizationService.deleteAuthorization(grant.getId());
        }
      }
    }
    roots.forEach(this::grantWholeTree);
  }

  /**
   * The root's leaders read every instance, its open tasks and its history: their line is the whole tree. One grant on
   * the process models stands for the rows {@link LineVisibility} would add to each instance and task.
   */
  private static final Permission[] WHOLE_TREE = {Permissions.READ_INSTANCE, Permissions.READ_TASK,
      Permissions.READ_HISTORY};

  private void grantWholeTree(String rootCode) {
    String group = UnitGroups.leaders(rootCode);
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).list().stream().findFirst().orElse(null);
    if (grant == null) {
      authorizations.grantNewGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, WHOLE_TREE);
    } else if (!Arrays.stream(WHOLE_TREE).allMatch(grant::isPermissionGranted)) {
      Arrays.stream(WHOLE_TREE).forEach(grant::addPermission);
      authorizationService.saveAuthorization(grant);
    }
  }

  /**
   * Creates or renames the groups of the given units; idempotent. One engine command per chunk of units: its groups
   * and grants are written together at the chunk's end in JDBC batches, instead of a round trip for each (which made
   * the national tree's groups take minutes), and a chunk stays small enough for the engine to order its inserts
   * quickly (that ordering grows with the square of one flush's size).
   */
  void syncGroups(Collection<Unit> units) {
    List<Unit> withAccounts = units.stream().filter(u -> u.getType().hasAccounts()).toList();
    // the groups follow the tree the caller was allowed to import: system work, not checked against the caller's
    // grants one query per group
    AsSystem.call(identityService, () -> {
      for (int from = 0; from < withAccounts.size(); from += CHUNK) {
        List<Unit> chunk = withAccounts.subList(from, Math.min(from + CHUNK, withAccounts.size()));
        configuration.getCommandExecutorTxRequired().execute(context -> {
          syncChunk(chunk);
          return null;
        });
      }
      return null;
    });
  }

  private void syncChunk(List<Unit> chunk) {
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
   * Grants a new leaders group what only leaders may do: open Cockpit; which instances they see there is decided per
   * instance ({@link LineVisibility}). A new group has no grants yet, so none is looked up. The models themselves
   * everyone reads through one global grant ({@link #ensureBaseAuthorizations}), not a row per group: every
   * authorization-checked query of the engine looks up the rows granted on "*", and 40,000 of them (two per leaders
   * group nationwide) cost Tasklist 8 ms for each task it lists (AccessQueryBenchmark).
   */
  private void grantLeaders(String groupId) {
    authorizations.grantNewGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
  }
}
