package vn.mttq.sangtao.shared.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Values of a task's form worked out afresh each time a person opens it (Tasklist and the engine REST API fetch the
 * form's variables then): a report's figures, the initiatives like the one being checked. A bean of a feature module
 * names the form ({@code camunda:formRef}) whose tasks it refreshes; it runs as the application, in the engine's
 * command, once the person's right to read the task has been checked, and sets task-local variables.
 */
public interface TaskFormOpening {

  /** The form whose tasks are refreshed. */
  String formKey();

  void opened(DelegateTask task);
}
