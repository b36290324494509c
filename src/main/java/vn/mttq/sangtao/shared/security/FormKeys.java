package vn.mttq.sangtao.shared.security;

import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The Camunda Form ({@code camunda:formRef}) a start event or a task shows. */
final class FormKeys {

  private FormKeys() {
  }

  /** The form's key, or null when it shows no Camunda Form. */
  static String of(FormDefinition form) {
    return form == null || form.getCamundaFormDefinitionKey() == null ? null
        : form.getCamundaFormDefinitionKey().getExpressionText();
  }

  /** The key of the form the task shows, or null. */
  static String of(TaskEntity task) {
    return task.getTaskDefinition() == null ? null : of(task.getTaskDefinition().getFormDefinition());
  }
}
