package vn.mttq.sangtao.unit;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.InstanceTaskReaders;

/**
 * Cockpit and the engine's history show a process instance to the leaders of the unit it works for and of every unit
 * above it (the line), and to nobody else: each instance the application starts for a unit's record gets a read
 * permission, runtime and historic, for each of those leaders groups, and its open tasks a read permission
 * ({@link InstanceTaskReaders}). The rows go in with the instance's own
 * statements (same command, same flush); the historic ones carry the root instance, so history cleanup removes them
 * with it.
 */
@Component
public class LineVisibility {

  private final UnitService units;
  private final ProcessEngineConfigurationImpl engine;

  LineVisibility(UnitService units, ProcessEngineConfigurationImpl engine) {
    this.units = units;
    this.engine = engine;
  }

  /** As {@link #grant(String, String)}, for records that keep their unit's id. */
  public void grant(String processInstanceId, Long unitId) {
    grant(processInstanceId, units.byId(unitId).code());
  }

  /** Lets the leaders of the unit's line see the instance (and its history) in Cockpit. */
  public void grant(String processInstanceId, String unitCode) {
    List<String> groups = leadersOfLine(unitCode);
    engine.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
      String root = instance == null ? processInstanceId : instance.getRootProcessInstanceId();
      for (String group : groups) {
        context.getDbEntityManager().insert(read(group, Resources.PROCESS_INSTANCE, processInstanceId,
            Permissions.READ, null));
        context.getDbEntityManager().insert(read(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ, root));
      }
      InstanceTaskReaders.grantOpenTasks(context, processInstanceId, groups);
      return null;
    });
  }

  /**
   * The leaders groups of the unit and of every unit above it that has people, but for the root of the tree: its
   * line is the whole tree, so its leaders read every instance and its history through one grant on the process
   * models ({@link UnitIdentitySync}) instead of two rows on each instance.
   */
  List<String> leadersOfLine(String unitCode) {
    return units.lineage(unitCode).stream().filter(u -> !u.informationOnly() && u.parentCode() != null)
        .map(u -> UnitGroups.leaders(u.code())).toList();
  }

  private static AuthorizationEntity read(String group, Resource resource, String resourceId, Permission permission,
      String rootProcessInstanceId) {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    grant.setRootProcessInstanceId(rootProcessInstanceId);
    return grant;
  }
}
