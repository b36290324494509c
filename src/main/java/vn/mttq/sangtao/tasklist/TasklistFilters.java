package vn.mttq.sangtao.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.TaskColumns;
import vn.mttq.sangtao.shared.security.Authorizations;

/**
 * The Tasklist filters, each sorted by due date (earliest first) and showing the plan, unit and period of each task:
 * "Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn" for every user; a feature adds its own ({@link #ensure})
 * and may share it with one user at a time ({@link #shareWith}). Created once; the engine's authorization checks keep
 * each user to their own tasks.
 */
@Component
@Order(30)
public class TasklistFilters implements ApplicationRunner {

  public static final String MINE = "Việc của tôi";
  public static final String UNIT = "Việc của đơn vị";
  public static final String DUE_SOON = "Sắp đến hạn";
  public static final String OVERDUE = "Quá hạn";
  /** The one filter of earlier versions, replaced by the five. */
  private static final String FORMER = "Việc của tôi và đơn vị";
  private static final String ME = "${currentUser()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final Authorizations authorizations;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      Authorizations authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    filterService.createFilterQuery().filterName(FORMER).list().forEach(f -> filterService.deleteFilter(f.getId()));
    // the unit's work first: what a leader (and a staff member) lands on when Tasklist opens
    ensure(UNIT, "Việc giao cho đơn vị của tôi (cán bộ hoặc lãnh đạo), cả việc đồng nghiệp đã nhận", -60, "#1d4ed8",
        true, taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    ensure(MINE, "Việc đã giao cho tôi", -50, "#b91c1c", true,
        taskService.createTaskQuery().taskAssigneeExpression(ME));
    ensure(DUE_SOON, "Việc của tôi và của đơn vị đến hạn trong 3 ngày tới", -30, "#d97706", true,
        mineOrUnits().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    ensure(OVERDUE, "Việc của tôi và của đơn vị đã quá hạn", -20, "#7f1d1d", true,
        mineOrUnits().dueBeforeExpression("${now()}"));
  }

  /** The tasks assigned to whoever looks ({@code ${currentUser()}}), for a feature's own filter. */
  public TaskQuery assignedToViewer() {
    return taskService.createTaskQuery().taskAssigneeExpression(ME);
  }

  /** Lets one user see a filter that is not for everyone; nothing when they already can. */
  public void shareWith(String filterName, String userId) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    if (filter == null || userId == null || authorizationService.createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0) {
      return;
    }
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filter.getId());
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);
  }

  private TaskQuery mineOrUnits() {
    return taskService.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateUserExpression(ME).endOr();
  }

  /**
   * Creates the filter unless one of that name exists: sorted by due date, with the plan, unit and period columns;
   * readable by everyone, or only by those it is shared with.
   */
  public void ensure(String name, String description, int priority, String colour, boolean forEveryone,
      TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      // a filter made by an earlier version keeps its query; its place in the list follows this one
      if (!Integer.valueOf(priority).equals(existing.getProperties().get("priority"))) {
        Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
        properties.put("priority", priority);
        filterService.saveFilter(existing.setProperties(properties));
      }
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("color", colour);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.copyOf(TaskColumns.FILTER_VARIABLES));
    Filter filter = filterService.newTaskFilter(name).setQuery(query.orderByDueDate().asc()).setProperties(properties);
    filterService.saveFilter(filter);
    if (forEveryone) {
      authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
