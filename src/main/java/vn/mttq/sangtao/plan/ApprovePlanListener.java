package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.ProcessVariable;
import vn.mttq.sangtao.shared.process.TaskForms;

/** The leaders' decision on completing "Phê duyệt kế hoạch": approve, or return with a reason that is saved. */
@Component("approvePlanListener")
class ApprovePlanListener implements TaskListener {

  static final String DECISION = "decision";
  static final String APPROVE = "approve";
  static final String RETURN = "return";
  static final ProcessVariable<String> RETURN_REASON = ProcessVariable.text("returnReason");
  /** The fields of the form {@code approvePlan}. */
  static final java.util.List<String> FIELDS = java.util.List.of(DECISION, RETURN_REASON.name());

  private final PlanService planService;

  ApprovePlanListener(PlanService planService) {
    this.planService = planService;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(DECISION);
    Long planId = PlanIssuanceProcess.PLAN_ID.from(task);
    if (RETURN.equals(decision)) {
      planService.returnForRevision(planId, RETURN_REASON.from(task));
      task.getExecution().setVariable(PlanIssuanceProcess.VAR_PLAN_APPROVED, false);
    } else if (APPROVE.equals(decision)) {
      task.getExecution().setVariable(PlanIssuanceProcess.VAR_PLAN_APPROVED, true);
      task.getExecution().setVariable(PlanIssuanceProcess.VAR_APPROVED_BY, TaskForms.actor(task));
    } else {
      throw new PlanValidationException(java.util.List.of("Hãy chọn phê duyệt hoặc trả lại kế hoạch."));
    }
    task.getExecution().removeVariables(FIELDS);
  }
}
