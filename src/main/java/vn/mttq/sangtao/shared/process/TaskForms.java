package vn.mttq.sangtao.shared.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** What a person did with a task's Camunda form: who it was and the values they submitted. */
public final class TaskForms {

  private TaskForms() {
  }

  /** Who completes the task: its assignee, else the authenticated caller. */
  public static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /**
   * The values a person submitted: a completed task's form values reach the execution, while prefilled ones stay
   * task-local; the submitted value wins.
   */
  public static Map<String, Object> submitted(DelegateTask task, Collection<String> fields) {
    Map<String, Object> values = new HashMap<>();
    for (String field : fields) {
      values.put(field, task.getVariableLocal(field));
      Object sent = task.getExecution().getVariable(field);
      if (sent != null || task.getExecution().hasVariable(field)) {
        values.put(field, sent);
      }
    }
    return values;
  }

  /** Removes the form's values from the process once they are saved in tables: variables hold ids and flags. */
  public static void forget(DelegateTask task, Collection<String> fields) {
    task.getExecution().removeVariables(fields);
  }

  /** A yes/no answer as a form sends it: a boolean, or the strings "yes"/"no", "met"/"notMet", "true"/"false". */
  public static Boolean yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return null;
    }
    return switch (value.toString()) {
      case "yes", "met", "true" -> Boolean.TRUE;
      case "no", "notMet", "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A text a form sends, blank as null. */
  public static String text(Map<String, Object> values, String field) {
    Object value = values.get(field);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
