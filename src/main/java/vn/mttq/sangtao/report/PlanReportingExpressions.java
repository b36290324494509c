package vn.mttq.sangtao.report;

import java.util.Date;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What {@code planReporting.bpmn} asks in its expressions: whether a period is left, and when its reports open. */
@Component("planReporting")
@Transactional(readOnly = true)
public class PlanReportingExpressions {

  private final ReportOpening opening;

  PlanReportingExpressions(ReportOpening opening) {
    this.opening = opening;
  }

  public boolean hasPeriodLeft(Long planId) {
    return opening.periodLeft(planId).isPresent();
  }

  public Date nextOpening(Long planId) {
    return opening.nextOpening(planId);
  }
}
