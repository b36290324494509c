package vn.mttq.sangtao.shared.security;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.ReadableText;

/**
 * What a form submission (a start form or a task's) may carry: the deployed form's own fields and nothing else, each
 * plain (text, a number, a date, yes/no) and within what the form declares ({@link FormField}).
 */
final class SubmittedFields {

  private final FormFields forms = new FormFields();

  void check(CommandContext context, String formId, Map<String, ?> variables, String where) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Map<String, FormField> fields = formId == null ? Map.of() : forms.of(context, formId);
    Set<String> extra = new TreeSet<>(variables.keySet());
    extra.removeAll(fields.keySet());
    if (!extra.isEmpty()) {
      throw new AuthorizationException("Không nhận các giá trị " + String.join(", ", extra.stream().map(n -> "«" + n + "»")
          .toList()) + ": " + where + " không có trường đó.");
    }
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      if (!isPlain(value)) {
        throw new BadInputException("Trường «" + name + "» chỉ nhận chữ, số, ngày giờ hoặc có/không; không"
            + " nhận đối tượng, JSON, XML hay tệp.");
      }
      Object plain = value instanceof TypedValue typedValue ? typedValue.getValue() : value;
      if (plain instanceof String text && ReadableText.firstControl(text) >= 0) {
        throw new BadInputException("Trường «" + name + "» chứa ký tự không gõ được từ bàn phím (ký tự điều khiển);"
            + " hãy xóa ký tự đó rồi gửi lại.");
      }
      String refusal = fields.get(name).refusal(plain);
      if (refusal != null) {
        throw new BadInputException(refusal);
      }
    }
  }

  /**
   * What a form field holds: text, a number, a date, yes/no or nothing. A person never sends an object, JSON, XML or
   * a file as a field's value (the engine would keep it and turn it back into whatever class it names).
   */
  static boolean isPlain(Object value) {
    if (value instanceof TypedValue typed) {
      if (typed.getType() == null) {
        return !(typed.getValue() instanceof TypedValue) && isPlain(typed.getValue());
      }
      return typed.getType().isPrimitiveValueType() && !ValueType.BYTES.equals(typed.getType());
    }
    return value == null || value instanceof String || value instanceof Boolean || value instanceof Date
        || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double;
  }
}
