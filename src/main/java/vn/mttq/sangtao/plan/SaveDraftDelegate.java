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
  private final StaffMembership staff;
  private final LineVisibility visibility;

  SaveDraftDelegate(PlanService planService, StaffMembership staff, LineVisibility visibility) {
    this.planService = planService;
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
    String issuer = TaskForms.code(execution.getVariable(PlanIssuanceProcess.VAR_ISSUING_UNIT),
        PlanIssuanceProcess.VAR_ISSUING_UNIT);
    if (issuer == null) {
      issuer = unitOfStaff(initiator);
    } else if (initiator == null || !staff.isStaff(initiator, issuer.trim())) {
      throw new PlanValidationException(List.of("Bạn không phải cán bộ của đơn vị «" + issuer.trim()
          + "», nên không soạn kế hoạch thay đơn vị đó được."));
    }
    PlanView plan = planService.submitDraft(null, issuer.trim(), null, PlanDraftForm.read(execution), initiator);
    execution.removeVariables(PlanDraftForm.FIELDS);
    execution.setVariable(PlanIssuanceProcess.VAR_PLAN_ID, plan.id());
    execution.setVariable(PlanIssuanceProcess.VAR_ISSUING_UNIT, plan.issuingUnitCode());
    visibility.grant(execution.getProcessInstanceId(), plan.issuingUnitCode());
  }

  /** The unit whose staff the user belongs to, when there is exactly one. */
  private String unitOfStaff(String userId) {
    List<String> units = staff.unitsOf(userId);
    if (units.size() != 1) {
      throw new PlanValidationException(List.of(units.isEmpty()
          ? "Chỉ cán bộ của một Ủy ban MTTQ mới soạn được kế hoạch; hãy ghi mã đơn vị ban hành."
          : "Bạn là cán bộ của nhiều đơn vị (" + String.join(", ", units) + "); hãy ghi mã đơn vị ban hành."));
    }
    return units.get(0);
  }
}
