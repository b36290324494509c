package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.InitiativeService;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * What a report starts with, from what the system already knows for the unit and period: initiatives submitted,
 * recognised and applied in the unit's subtree, inspections it held; for a committee with reports of its own, the
 * sums of the accepted ones.
 */
@Component
@Transactional(readOnly = true)
class ReportPrefill {

  private final ReportService reportService;
  private final ReportRepository reports;
  private final UnitService units;
  private final InitiativeService initiatives;
  private final InspectionRepository inspections;
  private final PlanService plans;

  ReportPrefill(ReportService reportService, ReportRepository reports, UnitService units,
      InitiativeService initiatives, InspectionRepository inspections, PlanService plans) {
    this.reportService = reportService;
    this.reports = reports;
    this.units = units;
    this.initiatives = initiatives;
    this.inspections = inspections;
    this.plans = plans;
  }

  Prefill of(Long reportId) {
    Report report = reportService.find(reportId);
    UnitView unit = units.byId(report.getUnitId());
    LocalDate from = LocalDate.of(report.getFromYear(), 1, 1);
    LocalDate to = report.getDueDate();
    Set<Long> subtree = units.subtreeIds(unit.code());
    InitiativeService.Counts counts = initiatives.counts(subtree, from, to);
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    List<Report> received = reports.findByReceivingUnitIdAndPeriodAndPeriodYearOrderById(unit.id(),
        report.getPeriod(), report.getPeriodYear()).stream().filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
        .toList();
    for (Figure figure : Figure.values()) {
      Long sum = received.stream().map(r -> r.get(figure)).filter(Objects::nonNull).reduce(Long::sum).orElse(null);
      figures.put(figure, sum);
    }
    figures.merge(Figure.INITIATIVES_SUBMITTED, counts.submitted(), Math::max);
    figures.merge(Figure.INITIATIVES_RECOGNISED, counts.recognised(), Math::max);
    figures.merge(Figure.INITIATIVES_APPLIED, counts.applied(), Math::max);
    figures.merge(Figure.INSPECTIONS_HELD, inspections.countByInspectingUnitIdAndVisitDateBetween(unit.id(), from,
        to), Long::sum);
    long plansIssued = plans.issuedBy(unit.id(), from, to);
    String narrative = "Từ ngày " + BusinessTime.format(from) + " đến ngày " + BusinessTime.format(to) + ", "
        + unit.name() + " đã ban hành " + plansIssued + " kế hoạch thực hiện phong trào."
        + (received.isEmpty() ? "" : " Số liệu gồm báo cáo đã được chấp nhận của " + received.size()
            + " đơn vị trực thuộc.");
    return new Prefill(figures, narrative);
  }

  /** Figures and narrative a report starts with. */
  record Prefill(Map<Figure, Long> figures, String narrative) {
  }
}
