package vn.mttq.sangtao.award;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.mttq.sangtao.shared.process.TaskColumns;

/**
 * The small steps of {@code awardProposal}: each hands over to {@link AwardService} and keeps only the proposal's
 * id and the outcome of a step in the process.
 */
@Configuration
class AwardProcessBeans {

  /** The start form's fields ({@code forms/proposeAward.form}). */
  static final List<String> PROPOSE_FIELDS = List.of("proposerUnitCode", "nomineeKind", "nomineeUnitCode",
      "nomineeName", "nomineeEmail", "awardForm", "year", "achievements", "recognisedInitiatives",
      "appliedInitiatives", "stCouncilOpinions", "reportIds");
  private static final StaffMembership.ActingWords PROPOSER_WORDS = new StaffMembership.ActingWords(
      "Chỉ cán bộ của Ủy ban MTTQ hoặc tổ chức thành viên mới đề nghị khen thưởng được; hãy ghi mã đơn vị đề nghị.",
      "hãy ghi mã đơn vị đề nghị.", "đề nghị");
  static final List<String> CHECK_FIELDS = List.of("checkDecision", "checkComment");
  static final List<String> DECIDE_FIELDS = List.of("decision", "decisionComment", "decisionNumber",
      "decisionDate");
  static final List<String> REVISE_FIELDS = List.of("reviseDecision", "achievements");

  static final int CHECK_DAYS = 5;
  static final int DECIDE_DAYS = 7;
  static final int REVISE_DAYS = 10;

  private static Long proposalId(VariableScope scope) {
    return AwardProposalProcess.PROPOSAL_ID.from(scope);
  }

  /**
   * Right after the start: a proposal written in Tasklist's start form is recorded (its values leave the process);
   * one recorded before the start (the API, an assessment) is kept. Bad input fails the start, nothing is kept.
   */
  @Bean
  JavaDelegate registerProposalDelegate(AwardProposing proposing, StaffMembership staff) {
    return execution -> {
      if (execution.getVariable(AwardProposalProcess.VAR_PROPOSAL_ID) != null) {
        return;
      }
      String initiator = AwardProposalProcess.INITIATOR.from(execution);
      Map<String, Object> values = new java.util.HashMap<>();
      PROPOSE_FIELDS.forEach(f -> values.put(f, execution.getVariable(f)));
      StaffMembership.Acting acting = staff.actingUnit(initiator, TaskForms.text(values, "proposerUnitCode"),
          PROPOSER_WORDS);
      if (acting.problem() != null) {
        throw new InvalidInputException("Đề nghị khen thưởng chưa hợp lệ:", List.of(acting.problem()));
      }
      String proposer = acting.unitCode();
      AwardProposalView proposal = proposing.propose(read(values, proposer), null, initiator);
      execution.removeVariables(PROPOSE_FIELDS);
      execution.setVariable(AwardProposalProcess.VAR_PROPOSAL_ID, proposal.id());
      execution.setProcessBusinessKey(AwardProposalStarter.businessKey(proposal));
      proposing.started(proposal.id(), execution.getProcessInstanceId());
    };
  }

  static AwardRequest read(Map<String, Object> values, String proposer) {
    List<AwardRequest.EvidenceRef> refs = new ArrayList<>();
    refs.addAll(AwardRules.refs(EvidenceKind.RECOGNISED_INITIATIVE, TaskForms.text(values, "recognisedInitiatives")));
    refs.addAll(AwardRules.refs(EvidenceKind.APPLIED_INITIATIVE, TaskForms.text(values, "appliedInitiatives")));
    refs.addAll(AwardRules.refs(EvidenceKind.ST_COUNCIL_OPINION, TaskForms.text(values, "stCouncilOpinions")));
    refs.addAll(AwardRules.refs(EvidenceKind.REPORT, TaskForms.text(values, "reportIds")));
    Integer theYear = TaskForms.integer(values.get("year"), "Năm", "Đề nghị khen thưởng chưa hợp lệ:");
    return new AwardRequest(proposer, TaskForms.text(values, "nomineeKind"), TaskForms.text(values, "nomineeUnitCode"),
        TaskForms.text(values, "nomineeName"), TaskForms.text(values, "nomineeEmail"),
        TaskForms.text(values, "awardForm"), theYear, TaskForms.text(values, "achievements"), refs);
  }

  /** Names each task after the proposal, sets its due date and shows the proposal in the form. */
  @Bean
  TaskListener awardTaskListener(AwardService awards) {
    return task -> {
      AwardProposalView proposal = awards.get(proposalId(task));
      TaskColumns.set(task, null, proposal.nomineeUnitName(), "Năm " + proposal.year());
      int days;
      switch (task.getTaskDefinitionKey()) {
        case AwardProposalProcess.USER_TASK_CHECK -> {
          task.setName("Kiểm tra hồ sơ đề nghị " + proposal.subject());
          task.setDescription("Đơn vị đề nghị: " + proposal.proposerUnitName() + ". Kiểm tra thành tích và dẫn"
              + " chứng, rồi trình lãnh đạo " + proposal.currentUnitName() + ".");
          days = CHECK_DAYS;
        }
        case AwardProposalProcess.USER_TASK_DECIDE -> {
          task.setName("Xét đề nghị " + proposal.subject());
          task.setDescription("Quyết định khen thưởng, đề nghị cấp trên, hoặc trả lại " + proposal.proposerUnitName()
              + ".");
          days = DECIDE_DAYS;
        }
        default -> {
          task.setName("Sửa hồ sơ đề nghị " + proposal.subject());
          task.setDescription("Hồ sơ bị trả lại. Lý do: " + proposal.returnReason());
          task.setVariableLocal("returnReasonShown", proposal.returnReason());
          task.setVariableLocal("achievements", proposal.achievements());
          days = REVISE_DAYS;
        }
      }
      task.setVariableLocal("proposalSummary", AwardText.summary(proposal));
      task.setDueDate(BusinessTime.at(BusinessTime.today().plusDays(days), 17, 0));
    };
  }

  @Bean
  TaskListener checkProposalListener(ProposalCheck checks) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, CHECK_FIELDS);
      Boolean complete = TaskForms.choice(values.get("checkDecision"), "complete", "return");
      boolean passed = checks.check(proposalId(task), complete, TaskForms.text(values, "checkComment"),
          TaskForms.actor(task));
      TaskForms.forget(task, CHECK_FIELDS);
      task.getExecution().setVariable(AwardProposalProcess.VAR_COMPLETE, passed);
    };
  }

  @Bean
  TaskListener decideProposalListener(ProposalDecision decisions) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, DECIDE_FIELDS);
      ProposalDecision.Outcome outcome = decisions.decide(proposalId(task), TaskForms.text(values, "decision"),
          TaskForms.text(values, "decisionComment"), TaskForms.text(values, "decisionNumber"),
          date(values.get("decisionDate")), TaskForms.actor(task));
      TaskForms.forget(task, DECIDE_FIELDS);
      task.getExecution().setVariable(AwardProposalProcess.VAR_OUTCOME, outcome.name());
    };
  }

  @Bean
  TaskListener reviseProposalListener(ProposalRevision revisions) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, REVISE_FIELDS);
      Boolean resubmit = TaskForms.choice(values.get("reviseDecision"), "resubmit", "withdraw");
      boolean resubmitted = revisions.revise(proposalId(task), resubmit, TaskForms.text(values, "achievements"),
          TaskForms.actor(task));
      TaskForms.forget(task, REVISE_FIELDS);
      task.getExecution().setVariable(AwardProposalProcess.VAR_RESUBMITTED, resubmitted);
    };
  }

  @Bean
  JavaDelegate announceAwardDelegate(ProposalDecision decisions) {
    return execution -> decisions.announce(proposalId(execution));
  }

  /** The decision date as the form sends it; empty means today. */
  static LocalDate date(Object value) {
    return TaskForms.date(value, "Ngày ký quyết định", "Chưa xét được đề nghị khen thưởng:");
  }

}
