package vn.mttq.sangtao.shared.security;

import java.util.Date;

import vn.mttq.sangtao.shared.WholeNumbers;

/**
 * One field of a deployed Camunda form, as its definition declares it: its label, its kind, its maximum length and
 * its choices. It tells what a value sent for it cannot be, whoever sends it (Tasklist, or any caller of the engine
 * REST API): text that is not text or is longer than the form allows, a tick that is not yes or no, a number that is
 * not whole. The processes' own rules then judge what is left, choices among them: they name the choice that was
 * sent and every problem at once.
 */
record FormField(String key, String label, String type, Integer maxLength) {

  /** A number is written in at most this many characters ("15.000.000.000.000" has 18). */
  private static final int NUMBER_MAX_LENGTH = 30;

  /** Why the value cannot be this field's, in Vietnamese; null when it can (an empty value is the rules' to judge). */
  String refusal(Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case "textfield", "textarea" -> text(value);
      case "number" -> number(value);
      case "checkbox" -> value instanceof Boolean || "true".equals(value) || "false".equals(value) ? null
          : "«" + label + "» chỉ nhận có hoặc không (true hoặc false).";
      case "datetime" -> value instanceof String || value instanceof Date ? null
          : "«" + label + "» phải là một ngày, dạng dd/MM/yyyy.";
      default -> null;
    };
  }

  private String text(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return null;
    }
    if (!(value instanceof String text)) {
      return "«" + label + "» phải là chữ.";
    }
    if (maxLength != null && text.length() > maxLength) {
      return "«" + label + "» dài quá " + WholeNumbers.format(maxLength) + " ký tự (đã gửi "
          + WholeNumbers.format(text.length()) + " ký tự).";
    }
    return null;
  }

  private String number(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof String text && text.length() <= NUMBER_MAX_LENGTH) {
      return null;
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return null;
    }
    return "«" + label + "» phải là số nguyên.";
  }
}
