package vn.mttq.sangtao.plan;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.StaffMembership;

/**
 * Right after the start: a plan started from Tasklist's start form is saved as a draft (its form values become
 * table rows and leave the process); a plan prepared before the start (API, a recipient's own plan) is kept as it
 * is. A bad draft fails the start with a Vietnamese message, and nothing is created.
 */
@Component("saveDraftDelegate")
class SaveDraftDelegate implements JavaDelegate {

  private final PlanService planService;
  private final PlanDrafting drafting;
  private final StaffMembership staff;
  private final LineVisibility visibility;

  private static final StaffMembership.ActingWords WORDS = new StaffMembership.ActingWords(
      "Chỉ cán bộ của một Ủy ban MTTQ mới soạn được kế hoạch; hãy ghi mã đơn vị ban hành.",
      "hãy ghi mã đơn vị ban hành.", "soạn kế hoạch");

  SaveDraftDelegate(PlanService planService, PlanDrafting drafting, StaffMembership staff, LineVisibility visibility) {
    this.planService = planService;
    this.drafting = drafting;
    this.staff = staff;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long prepared = PlanIssuanceProcess.PLAN_ID.from(execution);
    if (prepared != null) {
      visibility.grant(execution.getProcessInstanceId(), planService.issuingUnitCode(prepared));
      return;
    }
    String initiator = PlanIssuanceProcess.INITIATOR.from(execution);
    StaffMembership.Acting acting = staff.actingUnit(initiator, TaskForms.code(execution.getVariable(
        PlanIssuanceProcess.VAR_ISSUING_UNIT), PlanIssuanceProcess.VAR_ISSUING_UNIT), WORDS);
    if (acting.problem() != null) {
      throw new PlanValidationException(List.of(acting.problem()));
    }
    // the draft's "Lưu nháp / Gửi" belongs to its own task: at the start only a readable choice is let through
    WriteDraftListener.sent(execution.getVariable(WriteDraftListener.ACTION));
    execution.removeVariable(WriteDraftListener.ACTION);
    String issuer = acting.unitCode();
    // begun from the short start (its name and year only): the draft is saved with the defaults and written on in
    // "Soạn dự thảo kế hoạch"; a draft given whole at the start goes to the leaders
    boolean whole = PlanDraftForm.FIELDS.stream().filter(f -> !PlanDraftForm.START_FIELDS.contains(f))
        .anyMatch(f -> execution.getVariable(f) != null);
    PlanView plan = drafting.submitDraft(null, issuer, null, PlanDraftForm.read(execution), initiator);
    if (!whole) {
      planService.keepAsDraft(plan.id());
    }
    execution.removeVariables(PlanDraftForm.FIELDS);
    execution.setVariable(PlanIssuanceProcess.VAR_PLAN_ID, plan.id());
    execution.setVariable(PlanIssuanceProcess.VAR_ISSUING_UNIT, plan.issuingUnitCode());
    visibility.grant(execution.getProcessInstanceId(), plan.issuingUnitCode());
  }
}
