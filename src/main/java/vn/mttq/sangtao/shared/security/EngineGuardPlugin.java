package vn.mttq.sangtao.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.mttq.sangtao.shared.process.TaskFormOpening;

/**
 * Puts the {@link EngineGuard} in front of the engine's runtime, form and task services (every door uses them: the
 * engine REST API, Tasklist's and Cockpit's own API, the application), and sets what people get on the tasks offered
 * to them: read, work on (claim, complete) and hand on within their unit — not change variables, due dates or
 * candidates; the readers of a task's process instance read the task. Historic instances get permissions of their
 * own, so that Cockpit shows each unit's line only.
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskFormOpening> openings;

  EngineGuardPlugin(ObjectProvider<TaskFormOpening> openings) {
    this.openings = openings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineGuard guard = new EngineGuard(configuration);
    configuration.setRuntimeService(new GuardedRuntimeService(guard));
    // the beans are singletons: looked up once, at the first form opened, not at every opening
    configuration.setFormService(new GuardedFormService(guard, new FormOpenings(configuration,
        SingletonSupplier.of(() -> openings.orderedStream().toList()))));
    configuration.setTaskService(new GuardedTaskService(guard));
    configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
    configuration.setResourceAuthorizationProvider(new TaskWorkAndHandOver());
    configuration.setEnableHistoricInstancePermissions(true);
    List<BpmnParseListener> parseListeners = new ArrayList<>(Optional.ofNullable(
        configuration.getCustomPostBPMNParseListeners()).orElse(List.of()));
    parseListeners.add(InstanceTaskReaders.PARSE_LISTENER);
    configuration.setCustomPostBPMNParseListeners(parseListeners);
    List<SessionFactory> sessions = new ArrayList<>(Optional.ofNullable(configuration.getCustomSessionFactories())
        .orElse(List.of()));
    sessions.add(new GroupsAsGiven.Factory());
    configuration.setCustomSessionFactories(sessions);
  }

  /**
   * Candidates and assignees may read, work on and hand on a task (the guard limits to whom).
   */
  static final class TaskWorkAndHandOver extends DefaultAuthorizationProvider {

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
      List<Permission> permissions = new ArrayList<>(List.of(super.getRuntimePermissions(
          enforceSpecificVariablePermission)));
      permissions.add(TaskPermissions.TASK_ASSIGN);
      return permissions.toArray(Permission[]::new);
    }

    /**
     * A task created in this very command has no authorization in the database yet: the engine's look-up for one to
     * extend (a round trip for each candidate, runtime and historic) is skipped.
     */
    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
      return isNewTask(resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
      return isNewTask(resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    private static boolean isNewTask(String taskId) {
      CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
          .getCachedEntity(TaskEntity.class, taskId);
      return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }
  }
}
