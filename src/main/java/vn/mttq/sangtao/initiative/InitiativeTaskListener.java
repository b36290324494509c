package vn.mttq.sangtao.initiative;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.TaskColumns;

/**
 * When a review task is created: a name that says what and for which initiative, a due date, and what the form
 * shows (the initiative, and for the pre-check the similar ones). A vote's answers are kept on the member's own
 * branch so that members voting at once never write the same variable.
 */
@Component("initiativeTaskListener")
class InitiativeTaskListener implements TaskListener {

  private static final int CHECK_DAYS = 7;
  private static final int ST_OPINION_DAYS = 30;

  private final InitiativeService initiatives;
  private final InitiativeTexts texts;
  private final CouncilService council;
  private final CouncilFilter councilFilter;

  InitiativeTaskListener(InitiativeService initiatives, InitiativeTexts texts, CouncilService council,
      CouncilFilter councilFilter) {
    this.initiatives = initiatives;
    this.texts = texts;
    this.council = council;
    this.councilFilter = councilFilter;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = InitiativeReviewProcess.INITIATIVE_ID.from(task);
    InitiativeView initiative = initiatives.get(id);
    String subject = "«" + initiative.title() + "» — " + initiative.trackingCode();
    LocalDate today = BusinessTime.today();
    TaskColumns.set(task, null, initiative.authorUnitName(), "Năm " + initiative.year());
    task.setVariableLocal("initiativeSummary", texts.summary(id));
    switch (task.getTaskDefinitionKey()) {
      case InitiativeReviewProcess.USER_TASK_PRE_CHECK -> {
        task.setName("Kiểm tra sáng kiến " + subject);
        task.setDescription("Tác giả: " + initiative.authorNames() + " — " + initiative.authorUnitName());
        task.setVariableLocal("similarInitiatives", texts.similar(id));
        due(task, today.plusDays(CHECK_DAYS));
      }
      case InitiativeReviewProcess.USER_TASK_SUPPLEMENT -> {
        task.setName("Bổ sung sáng kiến " + subject);
        task.setDescription("Yêu cầu bổ sung: " + initiative.supplementRequest());
        task.setVariableLocal("supplementRequest", initiative.supplementRequest());
        task.setVariableLocal("title", initiative.title());
        task.setVariableLocal("summary", initiative.summary());
        task.setVariableLocal("description", initiative.description());
        task.setVariableLocal("appliedAt", initiative.appliedAt());
        task.setVariableLocal("expectedBenefit", initiative.expectedBenefit());
        due(task, initiative.supplementDue());
      }
      case InitiativeReviewProcess.USER_TASK_NAME_COUNCIL -> {
        task.setName("Lập hội đồng xét sáng kiến " + subject);
        due(task, today.plusDays(CHECK_DAYS));
      }
      case InitiativeReviewProcess.USER_TASK_VOTE -> {
        task.setName("Chấm sáng kiến " + subject);
        task.setDescription("Đánh giá 5 tiêu chí: tính mới, tính phù hợp, tính tập thể, tính thiết thực, hiệu quả,"
            + " tính kinh tế.");
        InitiativeForms.VOTE.forEach(field -> task.getExecution().setVariableLocal(field, null));
        due(task, council.votingDeadline(id));
        councilFilter.shareWith(task.getAssignee());
      }
      case InitiativeReviewProcess.USER_TASK_PROPOSE -> {
        task.setName("Xem xét đề xuất Hội đồng Khoa học - Công nghệ tỉnh: sáng kiến " + subject);
        due(task, today.plusDays(CHECK_DAYS));
      }
      case InitiativeReviewProcess.USER_TASK_ST_OPINION -> {
        task.setName("Ghi ý kiến Hội đồng Khoa học - Công nghệ tỉnh về sáng kiến " + subject);
        due(task, today.plusDays(ST_OPINION_DAYS));
      }
      default -> throw new IllegalStateException("No naming for task " + task.getTaskDefinitionKey());
    }
  }

  private static void due(DelegateTask task, LocalDate day) {
    task.setDueDate(BusinessTime.at(day, 17, 0));
  }
}
