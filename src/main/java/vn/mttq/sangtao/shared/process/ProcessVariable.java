package vn.mttq.sangtao.shared.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One declaration per process variable: its name and type, read through it instead of a string and a
 * cast ({@code PlanIssuanceProcess.PLAN_ID.from(execution)}). A value of another type is a broken model or a forged
 * variable, and fails with the variable's name.
 *
 * @param name the variable's name in the models and in Cockpit
 * @param type its Java type
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static ProcessVariable<Long> id(String name) {
    return new ProcessVariable<>(name, Long.class);
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  /** The value, or null when the variable is not set. */
  public T from(VariableScope scope) {
    return of(scope.getVariable(name));
  }

  /** A value of this variable read another way (e.g. through the runtime service), checked for its type. */
  public T of(Object value) {
    if (value != null && !type.isInstance(value)) {
      throw new IllegalStateException("Process variable " + name + " holds a " + value.getClass().getSimpleName()
          + ", not a " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
