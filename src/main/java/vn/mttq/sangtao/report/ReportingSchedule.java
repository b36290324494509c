package vn.mttq.sangtao.report;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.plan.PlanIssued;
import vn.mttq.sangtao.unit.LineVisibility;

/**
 * An issued plan's reporting schedule ({@code planReporting}, with the issuance's business key), started in the
 * transaction that issues the plan, and visible to the issuer's line in Cockpit.
 */
@Component
class ReportingSchedule {

  private final RuntimeService runtimeService;
  private final LineVisibility visibility;

  ReportingSchedule(RuntimeService runtimeService, LineVisibility visibility) {
    this.runtimeService = runtimeService;
    this.visibility = visibility;
  }

  @EventListener
  void on(PlanIssued issued) {
    String schedule = runtimeService.startProcessInstanceByKey(PeriodicReportProcess.SCHEDULE_KEY,
        issued.businessKey(), Map.of(PeriodicReportProcess.VAR_PLAN_ID, issued.planId())).getId();
    visibility.grant(schedule, issued.issuingUnitCode());
  }
}
