package vn.mttq.sangtao.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.mttq.sangtao.initiative.InitiativeService;
import vn.mttq.sangtao.overview.SupervisorOverview.PeriodChoice;
import vn.mttq.sangtao.overview.SupervisorOverview.Row;
import vn.mttq.sangtao.overview.SupervisorOverview.Tally;
import vn.mttq.sangtao.overview.SupervisorOverview.UnitChoice;
import vn.mttq.sangtao.overview.SupervisorOverview.UnitLine;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.report.ReportPeriod;
import vn.mttq.sangtao.report.ReportStandings;
import vn.mttq.sangtao.report.ReportStandings.Standing;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitAccess;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The supervisor's overview: for a plan's reporting period, how the units under the supervisor's unit stand. A
 * supervisor is anyone in the staff or leaders group of the unit or of a unit above it.
 */
@Service
class OverviewService {

  private final UnitService units;
  private final PlanService plans;
  private final ReportStandings standings;
  private final InitiativeService initiatives;

  private final UnitAccess access;

  OverviewService(UnitService units, PlanService plans, ReportStandings standings, InitiativeService initiatives,
      UnitAccess access) {
    this.access = access;
    this.units = units;
    this.plans = plans;
    this.standings = standings;
    this.initiatives = initiatives;
  }

  /** The user's units (highest first) and the reporting periods under the chosen one, or under the highest. */
  public SupervisorOverview.Choices choices(List<String> groupIds, boolean administrator, String unitCode) {
    List<UnitView> own = unitsOf(groupIds);
    UnitView unit = chosen(own, groupIds, administrator, unitCode);
    List<PeriodChoice> periods = new ArrayList<>();
    Map<Long, PlanView> byId = new HashMap<>();
    for (ReportStandings.Period p : standings.periodsOf(units.subtreeIds(unit.code()))) {
      PlanView plan = byId.computeIfAbsent(p.planId(), plans::get);
      periods.add(new PeriodChoice(plan.id(), plan.numberAndSymbol(), plan.title(), p.period(), p.year(), p.label(),
          p.dueDate()));
    }
    return new SupervisorOverview.Choices(unit.code(),
        own.stream().map(u -> new UnitChoice(u.code(), u.name())).toList(), periods);
  }

  /**
   * The overview of a plan's period under the unit: every unit below it that has the report, by where its report
   * stands, and the initiatives submitted and recognised from the first day the period covers to its due date.
   */
  public SupervisorOverview overview(List<String> groupIds, boolean administrator, String unitCode, Long planId,
      String periodCode, Integer year) {
    UnitView unit = chosen(unitsOf(groupIds), groupIds, administrator, unitCode);
    List<String> problems = new ArrayList<>();
    ReportPeriod period = periodCode == null ? null : ReportPeriod.parse(periodCode.strip()).orElse(null);
    if (planId == null) {
      problems.add("Chưa chọn kế hoạch.");
    }
    if (period == null) {
      problems.add("Kỳ báo cáo «" + periodCode + "» không có: chọn HALF_YEAR, ANNUAL hoặc PHASE_SUMMARY.");
    }
    if (year == null || year < 2000 || year > 2100) {
      problems.add("Năm «" + year + "» không hợp lệ.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa xem được tổng quan:", problems);
    }
    PlanView plan = plans.get(planId);
    List<Standing> all = standings.of(planId, period, year);
    if (all.isEmpty()) {
      throw new InvalidInputException("Chưa xem được tổng quan:",
          List.of("Kế hoạch " + plan.numberAndSymbol() + " không có " + period.title(period.fromYear(plan), year)
              .toLowerCase() + "."));
    }
    LocalDate from = LocalDate.of(all.get(0).fromYear(), 1, 1);
    LocalDate due = all.get(0).dueDate();
    LocalDate today = BusinessTime.today();

    Map<String, List<Standing>> byChild = new LinkedHashMap<>();
    Map<String, UnitView> children = new LinkedHashMap<>();
    List<UnitLine> late = new ArrayList<>();
    List<UnitLine> missing = new ArrayList<>();
    for (Standing standing : all) {
      Optional<UnitView> reporting = units.findById(standing.unitId());
      Optional<UnitView> child = reporting.flatMap(u -> childOn(unit, u));
      if (child.isEmpty()) {
        continue;
      }
      children.putIfAbsent(child.get().code(), child.get());
      byChild.computeIfAbsent(child.get().code(), c -> new ArrayList<>()).add(standing);
      UnitView u = reporting.get();
      String parentName = units.find(u.parentCode()).map(UnitView::name).orElse("");
      if (standing.submitted() && standing.late()) {
        late.add(new UnitLine(u.code(), u.name(), parentName, "Nộp muộn"));
      } else if (!standing.submitted()) {
        long overdue = ChronoUnit.DAYS.between(standing.dueDate(), today);
        missing.add(new UnitLine(u.code(), u.name(), parentName,
            overdue > 0 ? "Chưa nộp, quá hạn " + overdue + " ngày" : "Chưa nộp, hạn " + BusinessTime.format(
                standing.dueDate())));
      }
    }
    List<Row> rows = new ArrayList<>();
    children.values().stream().sorted(Comparator.comparing(UnitView::name, Folding.VIETNAMESE)).forEach(child ->
        rows.add(new Row(child.code(), child.name(), tally(byChild.get(child.code()), child.code(), from, due))));
    List<Standing> under = byChild.values().stream().flatMap(List::stream).toList();
    Comparator<UnitLine> byName = Comparator.comparing(UnitLine::unitName, Folding.VIETNAMESE);
    late.sort(byName);
    missing.sort(byName);
    return new SupervisorOverview(unit.code(), unit.name(), plan.id(), plan.numberAndSymbol(), plan.title(), period,
        year, period.title(all.get(0).fromYear(), year), due, from, due, tally(under, unit.code(), from, due), rows,
        late, missing);
  }

  private Tally tally(List<Standing> reports, String subtreeOf, LocalDate from, LocalDate to) {
    int onTime = 0;
    int late = 0;
    int missing = 0;
    for (Standing s : reports) {
      if (!s.submitted()) {
        missing++;
      } else if (s.late()) {
        late++;
      } else {
        onTime++;
      }
    }
    InitiativeService.Counts counts = initiatives.counts(units.subtreeIds(subtreeOf), from, to);
    return new Tally(reports.size(), onTime, late, missing, counts.submitted(), counts.recognised());
  }

  /** The direct subordinate of {@code root} that {@code unit} belongs to; empty for the root itself and outsiders. */
  private Optional<UnitView> childOn(UnitView root, UnitView unit) {
    List<UnitView> lineage = units.lineage(unit.code());
    for (UnitView u : lineage) {
      if (root.code().equals(u.parentCode())) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The unit whose line the user reads: the one asked for when it is theirs or under theirs, else their highest. */
  UnitView supervised(List<String> groupIds, boolean administrator, String unitCode) {
    return chosen(unitsOf(groupIds), groupIds, administrator, unitCode);
  }

  /** The units whose staff or leaders group the user is in, highest in the tree first. */
  private List<UnitView> unitsOf(List<String> groupIds) {
    return groupIds.stream()
        .map(UnitGroups::unitCodeOf).flatMap(Optional::stream).distinct()
        .map(units::find).flatMap(Optional::stream)
        .sorted(Comparator.comparing((UnitView u) -> units.lineage(u.code()).size()).thenComparing(UnitView::code))
        .toList();
  }

  /** The unit asked for, when it is one of the user's or under one; else the user's highest unit. */
  private UnitView chosen(List<UnitView> own, List<String> groupIds, boolean administrator, String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      if (own.isEmpty()) {
        if (administrator) {
          return units.list(null).stream().filter(u -> u.parentCode() == null).findFirst()
              .orElseThrow(() -> new ForbiddenException("Chưa có đơn vị nào."));
        }
        throw new ForbiddenException("Tài khoản này không thuộc cán bộ hay lãnh đạo của đơn vị nào.");
      }
      return own.get(0);
    }
    UnitView unit = units.get(unitCode.strip());
    if (!access.lineReads(groupIds, unit.code()) && !administrator) {
      throw new ForbiddenException("Chỉ cán bộ, lãnh đạo của «" + unit.name() + "» hoặc của cấp trên được xem tổng"
          + " quan này.");
    }
    return unit;
  }
}
