package vn.mttq.sangtao.initiative;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.sangtao.shared.process.TaskForms;

/**
 * What each review form's completion does: the values go to the services (which refuse bad ones with a Vietnamese
 * message, keeping the task open), the process keeps only the outcome flag, and the form's values are removed.
 */
@Configuration
class InitiativeFormListeners {

  private static Long initiativeId(DelegateTask task) {
    return InitiativeReviewProcess.INITIATIVE_ID.from(task);
  }

  @Bean
  TaskListener preCheckListener(InitiativeReviewService review) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, InitiativeForms.PRE_CHECK);
      PreCheckOutcome outcome = review.preCheck(initiativeId(task), InitiativeForms.preCheck(values),
          TaskForms.actor(task));
      TaskForms.forget(task, InitiativeForms.PRE_CHECK);
      task.getExecution().setVariable(InitiativeReviewProcess.VAR_PRE_CHECK_OUTCOME, outcome.name());
    };
  }

  @Bean
  TaskListener supplementListener(InitiativeReviewService review) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, InitiativeForms.SUPPLEMENT);
      review.supplement(initiativeId(task), InitiativeForms.supplement(values));
      TaskForms.forget(task, InitiativeForms.SUPPLEMENT);
    };
  }

  @Bean
  TaskListener nameCouncilListener(CouncilAppointment council) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, InitiativeForms.NAME_COUNCIL);
      String members = TaskForms.text(values, "councilMembers");
      Long days = InitiativeForms.number(values.get("votingDays"), "Thời hạn bỏ phiếu");
      council.appoint(initiativeId(task), members == null ? List.of() : Arrays.asList(members.split("[,;\\s]+")),
          TaskForms.text(values, "councilChair"), days == null ? null : days.intValue(), TaskForms.actor(task));
      TaskForms.forget(task, InitiativeForms.NAME_COUNCIL);
    };
  }

  /** A member's vote: the answers sit on the member's own branch of the vote (see {@link InitiativeTaskListener}). */
  @Bean
  TaskListener voteListener(CouncilService council) {
    return task -> {
      Map<String, Object> values = new HashMap<>();
      InitiativeForms.VOTE.forEach(field -> values.put(field, task.getExecution().getVariableLocal(field)));
      council.vote(initiativeId(task), TaskForms.actor(task), InitiativeForms.ballot(values),
          InitiativeForms.recusal(values));
      task.getExecution().removeVariablesLocal(InitiativeForms.VOTE);
    };
  }

  @Bean
  TaskListener proposeToStCouncilListener(StCouncilService stCouncil) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, InitiativeForms.PROPOSE);
      boolean propose = stCouncil.propose(initiativeId(task), TaskForms.yesNo(values.get("propose")),
          TaskForms.actor(task));
      TaskForms.forget(task, InitiativeForms.PROPOSE);
      task.getExecution().setVariable(InitiativeReviewProcess.VAR_PROPOSE, propose);
    };
  }

  @Bean
  TaskListener stOpinionListener(StCouncilService stCouncil) {
    return task -> {
      Map<String, Object> values = TaskForms.submitted(task, InitiativeForms.ST_OPINION);
      stCouncil.record(initiativeId(task), TaskForms.yesNo(values.get("promising")),
          TaskForms.text(values, "stNote"), TaskForms.actor(task));
      TaskForms.forget(task, InitiativeForms.ST_OPINION);
    };
  }
}
