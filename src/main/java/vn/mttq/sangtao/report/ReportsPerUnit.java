package vn.mttq.sangtao.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A committee that issued two plans for the same period receives two reports from a unit both reached: counted once,
 * by the report of the plan that reached the unit for what is being consolidated (the preferred one), else the one
 * furthest along (accepted, submitted, returned, open), else the later plan's. Plain code.
 */
final class ReportsPerUnit {

  private ReportsPerUnit() {
  }

  static List<Report> choose(List<Report> reports, Predicate<Report> preferred) {
    Comparator<Report> better = Comparator.comparing((Report r) -> preferred.test(r))
        .thenComparing(r -> rank(r.getStatus()))
        .thenComparing(Report::getPlanId);
    Map<Long, Report> chosen = new LinkedHashMap<>();
    for (Report report : reports) {
      chosen.merge(report.getUnitId(), report, (a, b) -> better.compare(a, b) >= 0 ? a : b);
    }
    return List.copyOf(chosen.values());
  }

  private static int rank(ReportStatus status) {
    return switch (status) {
      case OPEN -> 0;
      case RETURNED -> 1;
      case SUBMITTED -> 2;
      case ACCEPTED -> 3;
    };
  }
}
