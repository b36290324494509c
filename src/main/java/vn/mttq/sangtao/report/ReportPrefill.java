package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
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
 * What a report's figures come to from what the system knows for the unit and the period's window (1 January of its
 * first year to its due date), at the moment they are taken — when the form is created, each time it is opened and
 * when the report is submitted: initiatives submitted, recognised and applied in the unit's subtree, inspections it
 * held, plans it issued; for a committee with reports of its own, the sums of the accepted ones, each subordinate
 * counted once ({@link ReportsPerUnit}: the report answering the unit's own plan made from this report's plan).
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
  private final Clock clock;

  ReportPrefill(ReportService reportService, ReportRepository reports, UnitService units,
      InitiativeService initiatives, InspectionRepository inspections, PlanService plans, Clock clock) {
    this.reportService = reportService;
    this.reports = reports;
    this.units = units;
    this.initiatives = initiatives;
    this.inspections = inspections;
    this.plans = plans;
    this.clock = clock;
  }

  Prefill of(Long reportId) {
    Report report = reportService.find(reportId);
    UnitView unit = units.byId(report.getUnitId());
    LocalDate from = LocalDate.of(report.getFromYear(), 1, 1);
    LocalDate to = report.getDueDate();
    Set<Long> subtree = units.subtreeIds(unit.code());
    InitiativeService.Counts counts = initiatives.counts(subtree, from, to);
    Map<Long, Long> parentOf = new HashMap<>();
    List<Report> accepted = reports.findByReceivingUnitIdAndPeriodAndPeriodYearOrderById(unit.id(),
        report.getPeriod(), report.getPeriodYear()).stream().filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
        .toList();
    List<Report> received = ReportsPerUnit.choose(accepted, r -> report.getPlanId().equals(parentOf
        .computeIfAbsent(r.getPlanId(), id -> Objects.requireNonNullElse(plans.get(id).parentPlanId(), 0L))));
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
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
    Instant now = clock.instant();
    String narrative = "Từ ngày " + BusinessTime.format(from) + " đến ngày " + BusinessTime.format(to) + ", "
        + unit.name() + " đã ban hành " + plansIssued + " kế hoạch thực hiện phong trào."
        + (received.isEmpty() ? "" : " Số liệu gồm báo cáo đã được chấp nhận của " + received.size()
            + " đơn vị trực thuộc.");
    return new Prefill(figures, narrative, now);
  }

  /** Figures and narrative a report starts with, and the moment they were taken. */
  record Prefill(Map<Figure, Long> figures, String narrative, Instant takenAt) {

    /** "Số liệu do hệ thống tính lúc 14:33 ngày 02/12/2026 …", shown above the figures. */
    String takenAtText() {
      return "Số liệu do hệ thống tính lúc " + BusinessTime.format(takenAt) + " (tính lại mỗi lần mở biểu mẫu và"
          + " khi nộp), từ mọi kết quả đã được ghi nhận đến lúc đó; có thể sửa trước khi nộp.";
    }
  }
}
