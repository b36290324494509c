package vn.mttq.sangtao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Sums the reports a committee received for a period (accepted ones only, each subordinate once) and lists the late
 * and missing units.
 */
@Service
@Transactional(readOnly = true)
class ConsolidationService {

  private final ReportRepository reports;
  private final UnitService units;
  private final PlanService plans;

  ConsolidationService(ReportRepository reports, UnitService units, PlanService plans) {
    this.reports = reports;
    this.units = units;
    this.plans = plans;
  }

  public Consolidation consolidate(String unitCode, String period, Integer year) {
    return consolidate(unitCode, period, year, null);
  }

  /**
   * The committee's consolidation for a period: of one of its plans when {@code planId} is given, else of every plan
   * it issued for the period, each subordinate counted once ({@link ReportsPerUnit}).
   */
  public Consolidation consolidate(String unitCode, String period, Integer year, Long planId) {
    List<String> problems = new ArrayList<>();
    UnitView unit = unitCode == null ? null : units.find(unitCode.strip()).orElse(null);
    if (unit == null) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    }
    ReportPeriod parsed = period == null ? null : ReportPeriod.parse(period.strip()).orElse(null);
    if (parsed == null) {
      problems.add("Kỳ báo cáo «" + period + "» không có: " + ReportPeriod.CHOICES + ".");
    }
    int theYear = year == null ? BusinessTime.today().getYear() : year;
    if (theYear < 2000 || theYear > 2100) {
      problems.add("Năm " + theYear + " không hợp lệ.");
    }
    PlanView plan = planId == null ? null : plans.get(planId);
    if (plan != null && unit != null && !plan.issuingUnitCode().equals(unit.code())) {
      problems.add("Kế hoạch " + plan.numberAndSymbol() + " không do " + unit.name() + " ban hành.");
    } else if (plan != null && plan.year() != theYear) {
      problems.add("Kế hoạch " + plan.numberAndSymbol() + " là kế hoạch năm " + plan.year() + ", không phải năm "
          + theYear + ".");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa tổng hợp được:", problems);
    }
    List<Report> all = reports.findByReceivingUnitIdAndPeriodAndPeriodYearOrderById(unit.id(), parsed, theYear)
        .stream().filter(r -> plan == null || r.getPlanId().equals(plan.id())).toList();
    List<Report> received = ReportsPerUnit.choose(all, r -> false);
    List<Report> own = reports.findByUnitIdAndPeriodAndPeriodYear(unit.id(), parsed, theYear);
    Map<Long, UnitView> byId = units.byIds(received.stream().map(Report::getUnitId).toList());
    Map<Figure, Long> totals = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      totals.put(figure, 0L);
    }
    List<Consolidation.Line> lines = new ArrayList<>();
    int accepted = 0;
    int cameIn = 0;
    for (Report report : received) {
      lines.add(line(report, byId.get(report.getUnitId())));
      if (report.getStatus() == ReportStatus.ACCEPTED || report.getStatus() == ReportStatus.SUBMITTED) {
        cameIn++;
      }
      if (report.getStatus() == ReportStatus.ACCEPTED) {
        accepted++;
        report.figures().forEach((figure, value) -> totals.merge(figure, value == null ? 0L : value, Long::sum));
      }
    }
    lines.sort(Comparator.comparing(Consolidation.Line::unitName, Folding.VIETNAMESE));
    List<Consolidation.Line> late = lines.stream().filter(l -> Boolean.TRUE.equals(l.late())).toList();
    List<Consolidation.Line> missing = lines.stream()
        .filter(l -> l.status() == ReportStatus.OPEN || l.status() == ReportStatus.RETURNED).toList();
    int fromYear = received.isEmpty() ? own.isEmpty() ? theYear : own.get(0).getFromYear()
        : received.get(0).getFromYear();
    return new Consolidation(unit.code(), unit.name(), parsed, parsed.title(fromYear, theYear), theYear,
        plan == null ? null : plan.numberAndSymbol(), totals, lines.size(), cameIn, accepted, lines, late, missing,
        own.isEmpty() ? null : line(own.get(0), unit),
        unit.parentCode() == null ? null : units.find(unit.parentCode()).map(UnitView::name).orElse(null));
  }

  private Consolidation.Line line(Report report, UnitView unit) {
    return new Consolidation.Line(unit.code(), unit.name(), plans.get(report.getPlanId()).numberAndSymbol(),
        report.getStatus(), report.getStatus().label(), report.getDueDate(),
        report.getSubmittedAt() == null ? null
            : BusinessTime.format(report.getSubmittedAt().atZone(BusinessTime.ZONE).toLocalDate()),
        report.getLate(), report.figures());
  }
}
