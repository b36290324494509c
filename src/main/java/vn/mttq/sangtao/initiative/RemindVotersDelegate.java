package vn.mttq.sangtao.initiative;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The day before the vote closes: the members who have not voted are reminded. */
@Component("remindVotersDelegate")
class RemindVotersDelegate implements JavaDelegate {

  private final CouncilService council;

  RemindVotersDelegate(CouncilService council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    council.remindVoters(InitiativeReviewProcess.INITIATIVE_ID.from(execution));
  }
}
