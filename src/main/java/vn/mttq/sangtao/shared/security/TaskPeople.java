package vn.mttq.sangtao.shared.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Whom the model names for a task: its assignee and candidate expressions, evaluated now against the task (and so
 * against the business record they read), never a variable a person could have set.
 */
final class TaskPeople {

  private TaskPeople() {
  }

  /** Whether the model's assignee or candidates, evaluated now against the task, include the user. */
  static boolean named(TaskEntity task, String userId, Collection<String> groups) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null) {
      return userId.equals(task.getAssignee()) || userId.equals(task.getOwner());
    }
    if (definition.getAssigneeExpression() != null
        && values(definition.getAssigneeExpression().getValue(task)).contains(userId)) {
      return true;
    }
    for (Expression expression : definition.getCandidateUserIdExpressions()) {
      if (values(expression.getValue(task)).contains(userId)) {
        return true;
      }
    }
    for (Expression expression : definition.getCandidateGroupIdExpressions()) {
      if (values(expression.getValue(task)).stream().anyMatch(groups::contains)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> values(Object value) {
    Set<String> found = new HashSet<>();
    if (value instanceof Collection<?> many) {
      many.forEach(v -> found.addAll(values(v)));
    } else if (value != null) {
      for (String part : value.toString().split(",")) {
        if (!part.isBlank()) {
          found.add(part.strip());
        }
      }
    }
    return found;
  }
}
