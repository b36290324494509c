package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.plan.RecipientKind;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Opening a period's reports ({@code planReporting}): which period comes next, when its reports open (30 days before
 * the due date), and a report with its {@code periodicReport} for each implementing unit, in batches.
 */
@Component
@Transactional
class ReportOpening {

  /** A period's reports open this many days before their due date. */
  static final int OPEN_DAYS_BEFORE = 30;
  static final int BATCH_SIZE = 100;

  private final ReportRepository reports;
  private final PlanService plans;
  private final UnitService units;
  private final RuntimeService runtimeService;
  private final LineVisibility visibility;
  private final Clock clock;

  ReportOpening(ReportRepository reports, PlanService plans, UnitService units, RuntimeService runtimeService,
      LineVisibility visibility, Clock clock) {
    this.reports = reports;
    this.plans = plans;
    this.units = units;
    this.runtimeService = runtimeService;
    this.visibility = visibility;
    this.clock = clock;
  }

  /**
   * The period of the plan due first among those it asks for whose reports are not all open and whose due date has
   * not passed.
   */
  @Transactional(readOnly = true)
  Optional<ReportPeriod> periodLeft(Long planId) {
    PlanView plan = plans.get(planId);
    LocalDate today = BusinessTime.today(clock);
    return Arrays.stream(ReportPeriod.values())
        .filter(period -> period.dueDate(plan) != null && !period.dueDate(plan).isBefore(today))
        .sorted(Comparator.comparing((ReportPeriod period) -> period.dueDate(plan)))
        .filter(period -> !unopened(plan, period).isEmpty())
        .findFirst();
  }

  /** When the next period's reports open: 30 days before its due date at 08:00, or now if that has passed. */
  @Transactional(readOnly = true)
  Date nextOpening(Long planId) {
    PlanView plan = plans.get(planId);
    ReportPeriod period = periodLeft(planId).orElseThrow();
    Instant opening = ReminderSchedule.at(period.dueDate(plan).minusDays(OPEN_DAYS_BEFORE));
    Instant now = clock.instant();
    return Date.from(opening.isBefore(now) ? now : opening);
  }

  /**
   * Opens the current period's report for up to {@code batchSize} implementing units that have none yet, each with
   * its {@code periodicReport}; returns whether units remain. The unique (plan, unit, period, year) row makes a
   * retried step open nobody twice.
   */
  boolean openBatch(Long planId, int batchSize) {
    PlanView plan = plans.get(planId);
    Optional<ReportPeriod> left = periodLeft(planId);
    if (left.isEmpty()) {
      return false;
    }
    ReportPeriod period = left.get();
    List<UnitView> waiting = unopened(plan, period);
    UnitView issuer = units.get(plan.issuingUnitCode());
    Instant now = clock.instant();
    for (UnitView unit : waiting.subList(0, Math.min(batchSize, waiting.size()))) {
      Report report = reports.saveAndFlush(new Report(plan.id(), unit.id(), issuer.id(), period,
          period.fromYear(plan), plan.year(), period.dueDate(plan), now));
      report.started(runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY,
          report.title() + " — " + unit.code() + " — KH số " + plan.businessKey(),
          Map.of(PeriodicReportProcess.VAR_REPORT_ID, report.getId())).getId());
      visibility.grant(report.getProcessInstanceId(), unit.code());
    }
    return waiting.size() > batchSize;
  }

  private List<UnitView> unopened(PlanView plan, ReportPeriod period) {
    Set<Long> opened = reports.findByPlanIdAndPeriodAndPeriodYear(plan.id(), period, plan.year()).stream()
        .map(Report::getUnitId).collect(Collectors.toSet());
    List<UnitView> waiting = new ArrayList<>();
    for (PlanView.Recipient recipient : plan.recipients()) {
      if (recipient.kind() == RecipientKind.IMPLEMENT) {
        UnitView unit = units.get(recipient.unitCode());
        if (!opened.contains(unit.id())) {
          waiting.add(unit);
        }
      }
    }
    return waiting;
  }
}
