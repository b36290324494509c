package vn.mttq.sangtao.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.Authorizations;

/**
 * The Tasklist filter every user starts with: the tasks assigned to them or offered to one of their groups, the
 * earliest due first. Created once, readable by every user; the engine's authorization checks keep each user to
 * their own tasks.
 */
@Component
@Order(30)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "Việc của tôi và đơn vị";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Authorizations authorizations;

  TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (filterService.createFilterQuery().filterName(MY_TASKS).count() > 0) {
      return;
    }
    TaskQuery query = taskService.createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr()
        .orderByDueDate().asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", "Việc được giao cho tôi hoặc cho đơn vị của tôi, hạn gần nhất trước");
    properties.put("priority", -10);
    properties.put("refresh", true);
    properties.put("color", "#b91c1c");
    Filter filter = filterService.newTaskFilter(MY_TASKS).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);

    authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
