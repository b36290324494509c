package vn.mttq.sangtao.shared.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed request that stands for a form (its components named as the form's fields) as the answers a task or a
 * start form receives: every component of the form's fields that was sent, by name. A component left out is no
 * answer, as in Tasklist.
 */
public final class FormAnswers {

  private FormAnswers() {
  }

  public static Map<String, Object> of(Record request, Collection<String> formFields) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      if (!formFields.contains(component.getName())) {
        continue;
      }
      try {
        java.lang.reflect.Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        Object value = accessor.invoke(request);
        if (value != null) {
          answers.put(component.getName(), value);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component.getName() + " of " + request.getClass(), e);
      }
    }
    return answers;
  }
}
