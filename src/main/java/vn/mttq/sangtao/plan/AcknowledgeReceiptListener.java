package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.TaskForms;

/** On completing "Xác nhận đã nhận kế hoạch": records who acknowledged and when, once the box is ticked. */
@Component("acknowledgeReceiptListener")
class AcknowledgeReceiptListener implements TaskListener {

  /** The form's "Đơn vị đã nhận kế hoạch" box. */
  static final String RECEIVED = "received";
  /** The fields of the form {@code acknowledgePlan}. */
  static final java.util.List<String> FIELDS = java.util.List.of(RECEIVED);

  private final PlanCascadeService cascade;

  AcknowledgeReceiptListener(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void notify(DelegateTask task) {
    cascade.acknowledge(PlanImplementationProcess.IMPLEMENTATION_ID.from(task),
        TaskForms.yesNo(task.getVariable(RECEIVED)), TaskForms.actor(task));
    task.getExecution().removeVariable(RECEIVED);
  }
}
