package vn.mttq.sangtao.plan;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.TaskColumns;
import vn.mttq.sangtao.shared.process.TaskForms;

/**
 * When a plan task is created: a name and description that say which plan and which unit, a due date Tasklist
 * shows, and, for a revision, the saved draft as the form's values (task-local, gone when the task ends).
 */
@Component("planTaskListener")
class PlanTaskListener implements TaskListener {

  static final int APPROVAL_DAYS = 3;
  static final int REVISION_DAYS = 5;

  private final PlanService planService;
  private final PlanDraftValues draftValues;

  PlanTaskListener(PlanService planService, PlanDraftValues draftValues) {
    this.planService = planService;
    this.draftValues = draftValues;
  }

  @Override
  public void notify(DelegateTask task) {
    Long planId = PlanIssuanceProcess.PLAN_ID.from(task);
    PlanView plan = planService.get(planId);
    String subject = "«" + plan.title() + "» — " + plan.issuingUnitName();
    TaskColumns.set(task, plan.status() == PlanStatus.ISSUED ? plan.reference() : plan.numberAndSymbol(), plan.issuingUnitName(),
        "Năm " + plan.year());
    boolean revision = PlanIssuanceProcess.USER_TASK_REVISE.equals(task.getTaskDefinitionKey());
    boolean writing = PlanIssuanceProcess.USER_TASK_WRITE.equals(task.getTaskDefinitionKey());
    if (writing) {
      task.setName("Soạn dự thảo kế hoạch " + subject);
      task.setDescription("Dự thảo đã lưu. Ghi nội dung, chọn đơn vị thực hiện, lưu nháp để soạn tiếp hoặc gửi lãnh"
          + " đạo phê duyệt.");
      task.setVariablesLocal(draftValues.of(planId));
      task.setVariableLocal("writingDraft", true);
    } else if (revision) {
      task.setName("Sửa dự thảo kế hoạch " + subject);
      task.setDescription("Lãnh đạo trả lại dự thảo. Lý do: " + plan.returnReason());
      task.setVariablesLocal(draftValues.of(planId));
      task.setVariableLocal("returnReasonShown", plan.returnReason());
    } else {
      task.setName("Phê duyệt kế hoạch " + subject);
      task.setDescription("Kế hoạch năm " + plan.year() + ", " + plan.recipients().stream()
          .filter(r -> r.kind() == RecipientKind.IMPLEMENT).count() + " đơn vị thực hiện; hạn báo cáo 6 tháng "
          + BusinessTime.format(plan.halfYearReportDue()) + ", báo cáo năm " + BusinessTime.format(plan.annualReportDue())
          + ".");
      task.setVariableLocal("planSummary", TaskForms.shownText(PlanText.forApproval(plan)));
    }
    LocalDate due = BusinessTime.today().plusDays(revision || writing ? REVISION_DAYS : APPROVAL_DAYS);
    task.setDueDate(BusinessTime.at(due, 17, 0));
  }
}
