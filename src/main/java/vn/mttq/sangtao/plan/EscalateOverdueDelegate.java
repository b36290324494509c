package vn.mttq.sangtao.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed: the issuing committee's leaders and every recipient still at work are told. */
@Component("escalateOverdueDelegate")
class EscalateOverdueDelegate implements JavaDelegate {

  private final PlanDeadlineService deadlines;

  EscalateOverdueDelegate(PlanDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalateOverdue(PlanDeadlineWatchProcess.PLAN_ID.from(execution));
  }
}
