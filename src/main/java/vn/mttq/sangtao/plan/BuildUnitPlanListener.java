package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Xây dựng kế hoạch thực hiện": the unit's plan is checked and saved; the process then issues it
 * (a committee with recipients of its own) or records it.
 */
@Component("buildUnitPlanListener")
class BuildUnitPlanListener implements TaskListener {

  private final PlanCascadeService cascade;

  BuildUnitPlanListener(PlanCascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void notify(DelegateTask task) {
    Long implementationId = PlanImplementationProcess.IMPLEMENTATION_ID.from(task);
    boolean issues = cascade.buildOwnPlan(implementationId, PlanDraftForm.read(PlanDraftForm.submitted(task)),
        vn.mttq.sangtao.shared.process.TaskForms.actor(task));
    task.getExecution().removeVariables(PlanDraftForm.FIELDS);
    task.getExecution().setVariable(PlanImplementationProcess.VAR_OWN_PLAN_ID,
        cascade.implementation(implementationId).ownPlanId());
    task.getExecution().setVariable(PlanImplementationProcess.VAR_OWN_PLAN_NEEDS_ISSUANCE, issues);
  }
}
