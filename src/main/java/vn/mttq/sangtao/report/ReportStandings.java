package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the reports of a plan and period stand, unit by unit, for those who watch many units at once. */
@Service
@Transactional(readOnly = true)
public class ReportStandings {

  private final ReportRepository reports;

  ReportStandings(ReportRepository reports) {
    this.reports = reports;
  }

  /** Every unit's report of the plan for the period and year. */
  public List<Standing> of(Long planId, ReportPeriod period, int year) {
    return reports.findByPlanIdAndPeriodAndPeriodYear(planId, period, year).stream()
        .map(r -> new Standing(r.getUnitId(), r.getStatus(), Boolean.TRUE.equals(r.getLate()), r.getDueDate(),
            r.getFromYear()))
        .toList();
  }

  /** The plans and periods the units have reports for, the latest due first. */
  public List<Period> periodsOf(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return reports.periodsOf(unitIds).stream()
        .map(row -> new Period((Long) row[0], (ReportPeriod) row[1], (Integer) row[2], (Integer) row[3],
            (LocalDate) row[4]))
        .distinct()
        .sorted(Comparator.comparing(Period::dueDate).reversed().thenComparing(Period::planId))
        .toList();
  }

  /** One unit's report: submitted on time or late, or not yet in (open, or returned for correction). */
  public record Standing(Long unitId, ReportStatus status, boolean late, LocalDate dueDate, int fromYear) {

    public boolean submitted() {
      return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }
  }

  /** A plan's reporting period. */
  public record Period(Long planId, ReportPeriod period, int year, int fromYear, LocalDate dueDate) {

    public String label() {
      return period.title(fromYear, year);
    }
  }
}
