package vn.mttq.sangtao.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of a review: an initiative submitted through the API or the public page is already saved and only
 * linked; one from Tasklist's start form is checked and saved now (a problem stops the start with its message) and
 * the instance takes its tracking code as business key. The form's values leave the process once saved.
 */
@Component("registerInitiativeDelegate")
class RegisterInitiativeDelegate implements JavaDelegate {

  private final InitiativeService initiatives;
  private final InitiativeSubmissions submissions;

  RegisterInitiativeDelegate(InitiativeService initiatives, InitiativeSubmissions submissions) {
    this.initiatives = initiatives;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = InitiativeReviewProcess.INITIATIVE_ID.from(execution);
    if (id == null) {
      Map<String, Object> values = new HashMap<>();
      InitiativeForms.SUBMISSION.forEach(field -> values.put(field, execution.getVariable(field)));
      var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      InitiativeView saved = submissions.submit(InitiativeForms.submission(values), List.of(),
          SubmissionChannel.TASKLIST, authentication == null ? null : authentication.getUserId(), false);
      id = saved.id();
      execution.removeVariables(InitiativeForms.SUBMISSION);
      execution.setVariable(InitiativeReviewProcess.VAR_INITIATIVE_ID, id);
      execution.setProcessBusinessKey(saved.trackingCode());
    }
    initiatives.reviewedBy(id, execution.getProcessInstanceId());
  }
}
