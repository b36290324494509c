package vn.mttq.sangtao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.plan.RecipientKind;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Reports as other modules and the API read them: one report, a unit's report for a plan and period, the people who
 * took part over the years. The steps of the reporting regime are their own classes: {@link ReportOpening},
 * {@link ReportPrefill}, {@link ReportSubmission}, {@link ReportReview}, {@link ReportReminders}.
 */
@Service
@Transactional
public class ReportService {

  private final ReportRepository reports;
  private final PlanService plans;
  private final UnitService units;

  ReportService(ReportRepository reports, PlanService plans, UnitService units) {
    this.reports = reports;
    this.plans = plans;
    this.units = units;
  }

  // ---- the report ----

  @Transactional(readOnly = true)
  public ReportView get(Long reportId) {
    Report report = find(reportId);
    PlanView plan = plans.get(report.getPlanId());
    Map<Long, UnitView> byId = units.byIds(List.of(report.getUnitId(), report.getReceivingUnitId()));
    UnitView unit = byId.get(report.getUnitId());
    UnitView receiving = byId.get(report.getReceivingUnitId());
    return new ReportView(report.getId(), plan.id(), plan.numberAndSymbol(), unit.id(), unit.code(), unit.name(),
        receiving.id(), receiving.code(), receiving.name(), report.getProcessInstanceId(), report.getPeriod(), report.title(), report.getFromYear(),
        report.getPeriodYear(),
        report.getDueDate(), report.getStatus(), report.getStatus().label(), report.figures(), report.getNarrative(),
        report.getSubmittedAt(), report.getLate(), report.getReturnComment(), report.isEnteredLate(),
        report.computedFigures(), report.getComputedAt());
  }

  /**
   * How many people took part in each unit's propaganda sessions over the years, from its accepted reports: per year
   * the largest figure any of that year's reports gives (the annual report repeats the half-year's), summed.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> participants(java.util.Collection<Long> unitIds, int fromYear, int toYear) {
    Map<Long, Map<Integer, Long>> byUnitAndYear = new java.util.HashMap<>();
    if (!unitIds.isEmpty()) {
      for (Report report : reports.findByUnitIdInAndStatusAndPeriodYearBetween(unitIds, ReportStatus.ACCEPTED,
          fromYear, toYear)) {
        Long value = report.get(Figure.PROPAGANDA_PARTICIPANTS);
        if (value != null) {
          byUnitAndYear.computeIfAbsent(report.getUnitId(), k -> new java.util.HashMap<>())
              .merge(report.getPeriodYear(), value, Math::max);
        }
      }
    }
    Map<Long, Long> totals = new java.util.HashMap<>();
    byUnitAndYear.forEach((unit, years) -> totals.put(unit, years.values().stream().mapToLong(Long::longValue).sum()));
    return totals;
  }

  /** The accepted reports of these units, newest period first (what an award proposal may cite). */
  @Transactional(readOnly = true)
  public List<ReportView> acceptedOf(java.util.Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return reports.findByUnitIdInAndStatusAndPeriodYearBetween(unitIds, ReportStatus.ACCEPTED, 0, 9999).stream()
        .sorted(java.util.Comparator.comparing(Report::getPeriodYear).thenComparing(Report::getId).reversed())
        .map(r -> get(r.getId())).toList();
  }

  /** The report with this id, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ReportView> lookup(Long reportId) {
    return reports.existsById(reportId) ? Optional.of(get(reportId)) : Optional.empty();
  }

  /**
   * The report of a unit on a plan for a period, for the API: the unit must implement the plan, the period must
   * exist, and the period's reports must be open.
   */
  @Transactional(readOnly = true)
  public Long reportOf(Long planId, String unitCode, String period) {
    Target target = target(planId, unitCode, period);
    PlanView plan = target.plan();
    ReportPeriod parsed = target.period();
    return reports.findByPlanIdAndUnitIdAndPeriodAndPeriodYear(plan.id(), target.unit().id(), parsed, plan.year())
        .map(Report::getId).orElseThrow(() -> new InvalidInputException("Báo cáo chưa hợp lệ:", List.of(
            parsed.title(parsed.fromYear(plan), plan.year()) + " chưa mở: báo cáo mở 30 ngày trước hạn nộp ngày "
                + BusinessTime.format(parsed.dueDate(plan)) + ".")));
  }

  /** Which report a request names: a plan, one of its implementing units and a period the plan asks for. */
  record Target(PlanView plan, UnitView unit, ReportPeriod period) {
  }

  /** The plan, unit and period a request names, each checked; every problem said at once. */
  @Transactional(readOnly = true)
  Target target(Long planId, String unitCode, String period) {
    List<String> problems = new ArrayList<>();
    PlanView plan = planId == null ? null : plans.get(planId);
    if (plan == null) {
      problems.add("Hãy cho biết kế hoạch (planId).");
    }
    ReportPeriod parsed = period == null ? null : ReportPeriod.parse(period.strip()).orElse(null);
    if (parsed == null) {
      problems.add("Kỳ báo cáo «" + period + "» không có: " + ReportPeriod.CHOICES + ".");
    } else if (plan != null && parsed.dueDate(plan) == null) {
      problems.add("Kế hoạch số " + plan.numberAndSymbol() + " không yêu cầu " + parsed.label().toLowerCase(
          java.util.Locale.ROOT) + ".");
    }
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    } else if (plan != null && plan.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.IMPLEMENT
        && unit.get().code().equals(r.unitCode()))) {
      problems.add("«" + unit.get().name() + "» không phải đơn vị thực hiện kế hoạch số " + plan.numberAndSymbol()
          + ", nên không báo cáo kế hoạch này.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Báo cáo chưa hợp lệ:", problems);
    }
    return new Target(plan, unit.get(), parsed);
  }

  Report find(Long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new NotFoundException("Không có báo cáo số " + reportId + "."));
  }
}
