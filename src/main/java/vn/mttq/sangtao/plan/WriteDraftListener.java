package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.TaskForms;

/**
 * On completing "Soạn dự thảo kế hoạch": the draft is checked and saved either way; "Lưu nháp" keeps it with the
 * staff (the task comes back with what was saved), "Gửi lãnh đạo phê duyệt" sends it to the leaders.
 */
@Component("writeDraftListener")
class WriteDraftListener implements TaskListener {

  static final String ACTION = "draftAction";
  static final String SAVE = "SAVE";

  static final String SEND = "SEND";

  private final PlanService planService;
  private final PlanDrafting drafting;

  WriteDraftListener(PlanService planService, PlanDrafting drafting) {
    this.planService = planService;
    this.drafting = drafting;
  }

  /**
   * Whether the draft goes to the leaders: "SEND" or nothing chosen (the form's default); "SAVE" keeps it with the
   * staff; anything else is refused.
   */
  static boolean sent(Object action) {
    String chosen = action == null ? null : action.toString().strip();
    if (chosen == null || chosen.isEmpty() || SEND.equals(chosen)) {
      return true;
    }
    if (SAVE.equals(chosen)) {
      return false;
    }
    throw new PlanValidationException(java.util.List.of("«Sau khi ghi»: hãy chọn «Gửi lãnh đạo phê duyệt» hoặc"
        + " «Lưu nháp, soạn tiếp sau»."));
  }

  @Override
  public void notify(DelegateTask task) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(task);
    // the draft stays the issuing committee's own: its code comes from the plan, not from what the form sent
    String issuer = planService.issuingUnitCode(planId);
    boolean save = !sent(TaskForms.submitted(task, java.util.List.of(ACTION)).get(ACTION));
    drafting.submitDraft(planId, issuer, null, PlanDraftForm.read(PlanDraftForm.submitted(task)), TaskForms.actor(task));
    if (save) {
      planService.keepAsDraft(planId);
    }
    task.getExecution().setVariable(PlanIssuanceProcess.VAR_DRAFT_SENT, !save);
    task.getExecution().removeVariables(PlanDraftForm.FIELDS);
    task.getExecution().removeVariable(ACTION);
  }
}
