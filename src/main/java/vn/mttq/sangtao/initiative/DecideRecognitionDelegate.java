package vn.mttq.sangtao.initiative;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the votes and lets the decision table {@code initiativeRecognition} decide; the minutes are kept. */
@Component("decideRecognitionDelegate")
class DecideRecognitionDelegate implements JavaDelegate {

  private final CouncilDecision council;

  DecideRecognitionDelegate(CouncilDecision council) {
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CouncilMinutes minutes = council.decide(InitiativeReviewProcess.INITIATIVE_ID.from(execution));
    execution.setVariable(InitiativeReviewProcess.VAR_RECOGNISED, minutes.isRecognised());
  }
}
