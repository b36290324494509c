package vn.mttq.sangtao.shared.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Whoever is granted to read a process instance (the leaders of its unit's line) reads its open tasks too — read
 * only: claiming and completing stay with the candidates. The engine checks a task query against grants on the task
 * itself, not on its instance, so each task gets read for each group that reads its instance: when the task is
 * created after the instance's grants (a listener every user task gets, after its own), and when the grants come
 * after the task (an instance started with its first task in the same command). A group that already has a grant on
 * the task (its candidates) gets read added to it, never a second row; rows still waiting to be flushed count as well
 * as those in the database, which is not asked about an instance or a task new in this very command.
 */
public final class InstanceTaskReaders {

  /** Adds the listener to every user task, after the model's own create listeners (they may set candidates). */
  static final BpmnParseListener PARSE_LISTENER = new AbstractBpmnParseListener() {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, InstanceTaskReaders::onCreate);
      }
    }
  };

  private InstanceTaskReaders() {
  }

  private static void onCreate(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || task.getProcessInstanceId() == null) {
      return;
    }
    Set<String> groups = groupsReading(context, task.getProcessInstanceId());
    if (!groups.isEmpty()) {
      grantRead(context, task.getId(), true, groups);
    }
  }

  /** Gives the groups, just granted to read the instance, read on the tasks it already has. */
  public static void grantOpenTasks(CommandContext context, String processInstanceId, List<String> groups) {
    if (groups.isEmpty()) {
      return;
    }
    DbEntityManager db = context.getDbEntityManager();
    Set<String> created = new LinkedHashSet<>();
    db.getCachedEntitiesByType(TaskEntity.class).stream()
        .filter(t -> processInstanceId.equals(t.getProcessInstanceId()) && isNew(db, TaskEntity.class, t.getId()))
        .forEach(t -> created.add(t.getId()));
    created.forEach(taskId -> grantRead(context, taskId, true, groups));
    if (!isNew(db, ExecutionEntity.class, processInstanceId)) {
      context.getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
          .filter(t -> !created.contains(t.getId())).forEach(t -> grantRead(context, t.getId(), false, groups));
    }
  }

  private static void grantRead(CommandContext context, String taskId, boolean taskIsNew, Collection<String> groups) {
    DbEntityManager db = context.getDbEntityManager();
    for (String group : groups) {
      AuthorizationEntity existing = db.getCachedEntitiesByType(AuthorizationEntity.class).stream()
          .filter(a -> isGrantOn(a, Resources.TASK.resourceType(), taskId) && group.equals(a.getGroupId()))
          .findFirst()
          .orElseGet(() -> taskIsNew ? null : context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
              Authorization.AUTH_TYPE_GRANT, group, Resources.TASK, taskId));
      if (existing != null) {
        existing.addPermission(Permissions.READ);
      } else {
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(Permissions.READ);
        db.insert(grant);
      }
    }
  }

  private static Set<String> groupsReading(CommandContext context, String processInstanceId) {
    DbEntityManager db = context.getDbEntityManager();
    Stream<Authorization> pending = db.getCachedEntitiesByType(AuthorizationEntity.class).stream().map(a -> a);
    Stream<Authorization> stored = isNew(db, ExecutionEntity.class, processInstanceId) ? Stream.empty()
        : context.runWithoutAuthorization(() -> context.getAuthorizationManager().selectAuthorizationByQueryCriteria(
            (AuthorizationQueryImpl) new AuthorizationQueryImpl().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId).authorizationType(Authorization.AUTH_TYPE_GRANT))).stream();
    Set<String> groups = new LinkedHashSet<>();
    Stream.concat(pending, stored)
        .filter(a -> isGrantOn(a, Resources.PROCESS_INSTANCE.resourceType(), processInstanceId)
            && a.getGroupId() != null && a.isPermissionGranted(Permissions.READ))
        .forEach(a -> groups.add(a.getGroupId()));
    return groups;
  }

  private static boolean isGrantOn(Authorization grant, int resourceType, String resourceId) {
    return grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && grant.getResourceType() == resourceType
        && resourceId.equals(grant.getResourceId());
  }

  private static boolean isNew(DbEntityManager db, Class<? extends DbEntity> type,
      String id) {
    CachedDbEntity cached = db.getDbEntityCache().getCachedEntity(type, id);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }
}
