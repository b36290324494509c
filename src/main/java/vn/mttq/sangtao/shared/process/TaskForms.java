package vn.mttq.sangtao.shared.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/** What a person did with a task's Camunda form: who it was and the values they submitted. */
public final class TaskForms {

  private TaskForms() {
  }

  /**
   * A text for a form's text view ({@code {{name}}}) to show, of any length (a longer one than the engine's text
   * column is kept by {@link LongTexts}): Markdown, each line a paragraph of its own, Markdown's signs taken as
   * written.
   */
  public static String shownText(String text) {
    return String.join("\n\n", text.lines().map(String::strip).filter(line -> !line.isEmpty())
        .map(line -> line.replaceAll("([\\\\`*_#\\[\\]<>|])", "\\\\$1")).toList());
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
    return code(values.get(field), field);
  }

  /** {@link #code(Map, String)} for one value: a process variable a form set. */
  public static String code(Object value, String field) {
    if (value != null && !(value instanceof String)) {
      throw new BadInputException("Trường «" + field + "» phải là chữ (một mã), không phải"
          + " số, danh sách hay đối tượng.");
    }
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /**
   * A date as a form or the API sends it ("2026-05-20", an ISO date-time, a {@link java.util.Date}, or dd/MM/yyyy);
   * null when empty. Anything else is refused with the field's name and the given lead.
   */
  public static LocalDate date(Object value, String what, String lead) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text, BusinessTime.DATE_FORMAT);
      } catch (DateTimeParseException again) {
        throw new InvalidInputException(lead, List.of(what + " «" + text
            + "» không phải ngày hợp lệ (dd/MM/yyyy)."));
      }
    }
  }

  /** A two-way radio answer: true for the first value, false for the second, null for anything else. */
  public static Boolean choice(Object value, String yes, String no) {
    return yes.equals(value) ? Boolean.TRUE : no.equals(value) ? Boolean.FALSE : null;
  }

  /**
   * A whole number as a form or the API sends it ("1.250" as typed, or a JSON number); null when empty; refused with
   * the field's name when it cannot be read or does not fit, never wrapped.
   */
  public static Integer integer(Object value, String what, String lead) {
    Long number;
    try {
      number = WholeNumbers.read(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(lead, List.of(what + " " + e.getMessage()));
    }
    if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
      throw new InvalidInputException(lead, List.of(what + " «" + WholeNumbers.format(number) + "» quá lớn."));
    }
    return number == null ? null : number.intValue();
  }

}
