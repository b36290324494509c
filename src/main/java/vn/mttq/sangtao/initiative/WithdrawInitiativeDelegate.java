package vn.mttq.sangtao.initiative;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supplement did not come by its deadline: the initiative is withdrawn and its author told. */
@Component("withdrawInitiativeDelegate")
class WithdrawInitiativeDelegate implements JavaDelegate {

  private final InitiativeReviewService review;

  WithdrawInitiativeDelegate(InitiativeReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.withdraw(InitiativeReviewProcess.INITIATIVE_ID.from(execution));
  }
}
