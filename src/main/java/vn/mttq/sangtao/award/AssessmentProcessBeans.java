package vn.mttq.sangtao.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.process.TaskForms;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.StaffMembership;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;
import vn.mttq.sangtao.shared.process.TaskColumns;

/** The small steps of {@code annualAssessment}; each hands over to {@link AssessmentService}. */
@Configuration
class AssessmentProcessBeans {

  static final List<String> START_FIELDS = List.of(AnnualAssessmentProcess.VAR_UNIT,
      AnnualAssessmentProcess.VAR_FROM_YEAR, AnnualAssessmentProcess.VAR_TO_YEAR, AnnualAssessmentProcess.VAR_AWARD_FORM);
  private static final StaffMembership.ActingWords OPENER_WORDS = new StaffMembership.ActingWords(
      "Chỉ cán bộ của một Ủy ban MTTQ mới mở được đợt đánh giá; hãy ghi mã đơn vị được đánh giá.",
      "hãy ghi mã đơn vị được đánh giá.", "mở đợt đánh giá");
  static final List<String> EDIT_FIELDS = List.of("excluded", "note");
  static final List<String> APPROVE_FIELDS = List.of("decision", "returnReason", "decisionNumber", "decisionDate");

  static final int EDIT_DAYS = 10;
  static final int APPROVE_DAYS = 5;

  private static Long assessmentId(VariableScope scope) {
    return AnnualAssessmentProcess.ASSESSMENT_ID.from(scope);
  }

  /**
   * The yearly timer: opens this year's assessment for every committee of the configured types, each its own
   * instance; a committee that already has one (opened on demand) is left alone.
   */
  @Bean
  JavaDelegate startYearlyAssessmentsDelegate(AssessmentSchedule schedule, UnitService units,
      AssessmentRepository assessments) {
    return execution -> {
      int year = BusinessTime.today().getYear();
      for (UnitView unit : units.list(BusinessTime.today())) {
        if (schedule.unitTypes().contains(unit.type())
            && assessments.findByUnitIdAndFromYearAndToYear(unit.id(), year, year).isEmpty()) {
          execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
              AnnualAssessmentProcess.KEY, Map.of(AnnualAssessmentProcess.VAR_UNIT, unit.code(),
                  AnnualAssessmentProcess.VAR_FROM_YEAR, year, AnnualAssessmentProcess.VAR_TO_YEAR, year));
        }
      }
    };
  }

  /**
   * Opens the assessment from the start form or the timer's variables (the committee, the years, the award): the
   * ranked candidates become table rows and the form's values leave the process. Bad input fails the start.
   */
  @Bean
  JavaDelegate openAssessmentDelegate(AssessmentService assessments, AssessmentOpening opening,
      StaffMembership staff) {
    return execution -> {
      if (execution.getVariable(AnnualAssessmentProcess.VAR_ASSESSMENT_ID) == null) {
        String initiator = AnnualAssessmentProcess.INITIATOR.from(execution);
        Map<String, Object> values = new java.util.HashMap<>();
        START_FIELDS.forEach(f -> values.put(f, execution.getVariable(f)));
        String unit = TaskForms.text(values, AnnualAssessmentProcess.VAR_UNIT);
        // no initiator: the yearly schedule's own start, for the unit it names
        if (initiator != null) {
          StaffMembership.Acting acting = staff.actingUnit(initiator, unit, OPENER_WORDS);
          if (acting.problem() != null) {
            throw new InvalidInputException("Chưa mở được đợt đánh giá:", List.of(acting.problem()));
          }
          unit = acting.unitCode();
        }
        Long id = opening.open(unit, year(values.get(AnnualAssessmentProcess.VAR_FROM_YEAR)),
            year(values.get(AnnualAssessmentProcess.VAR_TO_YEAR)),
            TaskForms.text(values, AnnualAssessmentProcess.VAR_AWARD_FORM), initiator);
        execution.removeVariables(START_FIELDS);
        execution.setVariable(AnnualAssessmentProcess.VAR_ASSESSMENT_ID, id);
      }
      Long id = assessmentId(execution);
      AssessmentService.AssessmentView view = assessments.get(id);
      execution.setProcessBusinessKey(Character.toUpperCase(view.title().charAt(0)) + view.title().substring(1)
          + " — " + view.unitName());
      opening.started(id, execution.getProcessInstanceId());
    };
  }

  private static Integer year(Object value) {
    return TaskForms.integer(value, "Năm", "Chưa mở được đợt đánh giá:");
  }


  @Bean
  TaskListener assessmentTaskListener(AssessmentService assessments) {
    return task -> {
      AssessmentService.AssessmentView view = assessments.get(assessmentId(task));
      TaskColumns.set(task, null, view.unitName(),
          view.fromYear() == view.toYear() ? "Năm " + view.toYear() : view.fromYear() + " – " + view.toYear());
      String subject = Character.toUpperCase(view.title().charAt(0)) + view.title().substring(1) + " — "
          + view.unitName();
      boolean edit = AnnualAssessmentProcess.USER_TASK_EDIT.equals(task.getTaskDefinitionKey());
      if (edit) {
        task.setName("Lập danh sách biểu dương, khen thưởng — " + subject);
        task.setDescription(view.candidates().size() + " tập thể, cá nhân đạt tiêu chí; bỏ chọn những ai không đề"
            + " nghị." + (view.returnReason() == null ? "" : " Lãnh đạo trả lại: " + view.returnReason()));
        task.setVariableLocal("note", view.note());
        task.setVariableLocal("returnReasonShown", view.returnReason());
      } else {
        task.setName("Duyệt danh sách biểu dương, khen thưởng — " + subject);
        task.setDescription(view.candidates().stream().filter(AssessmentService.CandidateView::selected).count()
            + " tập thể, cá nhân được chọn.");
      }
      task.setVariableLocal("assessmentSummary", assessments.summary(view.id()));
      task.setDueDate(BusinessTime.at(BusinessTime.today().plusDays(edit ? EDIT_DAYS : APPROVE_DAYS), 17, 0));
    };
  }

  @Bean
  TaskListener editCandidatesListener(AssessmentEditing editing) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, EDIT_FIELDS);
      editing.edit(assessmentId(task), TaskForms.text(values, "excluded"), TaskForms.text(values, "note"),
          TaskForms.actor(task));
      TaskForms.forget(task, EDIT_FIELDS);
    };
  }

  @Bean
  TaskListener approveAssessmentListener(AssessmentApproval approval) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, APPROVE_FIELDS);
      LocalDate date = AwardProcessBeans.date(values.get("decisionDate"));
      boolean approved = approval.approve(assessmentId(task), TaskForms.text(values, "decision"),
          TaskForms.text(values, "returnReason"), TaskForms.text(values, "decisionNumber"), date,
          TaskForms.actor(task));
      TaskForms.forget(task, APPROVE_FIELDS);
      task.getExecution().setVariable(AnnualAssessmentProcess.VAR_APPROVED, approved);
    };
  }

  @Bean
  JavaDelegate grantAssessmentAwardsDelegate(AssessmentApproval approval) {
    return execution -> approval.grant(assessmentId(execution));
  }
}
