package vn.mttq.sangtao.shared.process;

import java.util.Map;

/**
 * What a person picks from instead of typing a code: the units, people, initiatives or reports a form's fields accept,
 * each by its name. A bean of a feature module names the form ({@code camunda:formRef}) and answers, for the person
 * opening it (and the task, where it is a task's form), a {@link Picker} per field. Tasklist shows the pickers in
 * place of the fields; the fields still carry the codes, and the use cases check them as they always did.
 */
public interface FormChoices {

  /** The form whose fields are offered as pickers. */
  String formKey();

  /**
   * The pickers, by field key, for the person and task of the context. Only what that person may name: a form that
   * depends on another field's value (the issuing unit, the nominee) reads it from {@link FormChoiceContext#given}
   * and offers nothing when it is not theirs.
   */
  Map<String, Picker> choices(FormChoiceContext context);
}
