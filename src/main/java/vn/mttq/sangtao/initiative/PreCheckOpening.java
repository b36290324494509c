package vn.mttq.sangtao.initiative;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.process.TaskFormOpening;

/**
 * Each time staff open the pre-check, the similar initiatives are looked up again: one that arrived after this one
 * was registered, or while the task waited, is among them (reopening the form refreshes the list).
 */
@Component
class PreCheckOpening implements TaskFormOpening {

  static final String FORM = "preCheckInitiative";

  private final InitiativeTexts texts;

  PreCheckOpening(InitiativeTexts texts) {
    this.texts = texts;
  }

  @Override
  public String formKey() {
    return FORM;
  }

  @Override
  public void opened(DelegateTask task) {
    task.setVariableLocal("similarInitiatives", texts.similar(InitiativeReviewProcess.INITIATIVE_ID.from(task)));
  }
}
