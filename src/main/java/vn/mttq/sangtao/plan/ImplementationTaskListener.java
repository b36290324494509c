package vn.mttq.sangtao.plan;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.TaskColumns;
import vn.mttq.sangtao.shared.process.TaskForms;

/**
 * When a recipient's task is created: a name that says which plan and which unit, the plan's deadline as due date,
 * and the form's values (the plan to read; for building, a draft prefilled from the parent plan with its basis line).
 */
@Component("implementationTaskListener")
class ImplementationTaskListener implements TaskListener {

  private final PlanService planService;
  private final PlanCascadeService cascade;

  ImplementationTaskListener(PlanService planService, PlanCascadeService cascade) {
    this.planService = planService;
    this.cascade = cascade;
  }

  @Override
  public void notify(DelegateTask task) {
    Long implementationId = PlanImplementationProcess.IMPLEMENTATION_ID.from(task);
    PlanCascadeService.ImplementationView implementation = cascade.implementation(implementationId);
    PlanView plan = planService.get(implementation.planId());
    String subject = plan.reference() + " — " + implementation.unitName();
    TaskColumns.set(task, plan.reference(), implementation.unitName(), "Năm " + plan.year());
    if (PlanImplementationProcess.USER_TASK_ACKNOWLEDGE.equals(task.getTaskDefinitionKey())) {
      task.setName("Xác nhận đã nhận kế hoạch " + subject);
      task.setDescription("«" + plan.title() + "» của " + plan.issuingUnitName());
      task.setVariableLocal("planSummary", TaskForms.shownText(PlanText.forRecipient(plan, implementation.unitCode())));
    } else {
      task.setName("Xây dựng kế hoạch thực hiện " + subject);
      task.setDescription("Hạn " + BusinessTime.format(implementation.dueDate()) + ". Kế hoạch của đơn vị trích dẫn"
          + " kế hoạch " + plan.numberAndSymbol() + " làm căn cứ.");
      task.setVariablesLocal(UnitPlanDraft.prefill(plan, implementation.unitName()));
      task.setVariableLocal("planSummary", TaskForms.shownText(PlanText.forRecipient(plan, implementation.unitCode())));
    }
    task.setDueDate(BusinessTime.at(implementation.dueDate(), 17, 0));
  }
}
