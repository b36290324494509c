package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Sửa dự thảo kế hoạch": the revised draft is checked and saved, then goes back to the leaders. */
@Component("reviseDraftListener")
class ReviseDraftListener implements TaskListener {

  private final PlanService planService;
  private final PlanDrafting drafting;

  ReviseDraftListener(PlanService planService, PlanDrafting drafting) {
    this.planService = planService;
    this.drafting = drafting;
  }

  @Override
  public void notify(DelegateTask task) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(task);
    // the draft stays the issuing committee's own: its code comes from the plan, not from what the form sent
    String issuer = planService.issuingUnitCode(planId);
    drafting.submitDraft(planId, issuer, null, PlanDraftForm.read(PlanDraftForm.submitted(task)),
        vn.mttq.sangtao.shared.process.TaskForms.actor(task));
    task.getExecution().removeVariables(PlanDraftForm.FIELDS);
  }
}
