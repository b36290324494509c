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

  /**
   * A code or a name that must come as text: null when missing or blank; a number, a list or an object in its place is
   * refused with the field's name (never turned into text or a 500).
   */
  public static String code(Map<String, Object> values, String field) {
    Object value = values.get(field);
    if (value != null && !(value instanceof String)) {
      throw new vn.mttq.sangtao.shared.web.BadInputException("Trường «" + field + "» phải là chữ (một mã), không phải"
          + " số, danh sách hay đối tượng.");
    }
    return text(values, field);
  }

  /**
   * A date as a form or the API sends it ("2026-05-20", an ISO date-time, a {@link java.util.Date}, or dd/MM/yyyy);
   * null when empty. Anything else is refused with the field's name and the given lead.
   */
  public static java.time.LocalDate date(Object value, String what, String lead) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(vn.mttq.sangtao.shared.BusinessTime.ZONE).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(text, vn.mttq.sangtao.shared.BusinessTime.DATE_FORMAT);
      } catch (java.time.format.DateTimeParseException again) {
        throw new vn.mttq.sangtao.shared.web.InvalidInputException(lead, java.util.List.of(what + " «" + text
            + "» không phải ngày hợp lệ (dd/MM/yyyy)."));
      }
    }
  }

  /** A two-way radio answer: true for the first value, false for the second, null for anything else. */
  public static Boolean choice(Object value, String yes, String no) {
    return yes.equals(value) ? Boolean.TRUE : no.equals(value) ? Boolean.FALSE : null;
  }

  /** A whole number as a form or the API sends it; null when empty, refused with the field's name otherwise. */
  public static Integer integer(Object value, String what, String lead) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new vn.mttq.sangtao.shared.web.InvalidInputException(lead, java.util.List.of(what + " «" + value
          + "» không phải số nguyên."));
    }
  }
}
