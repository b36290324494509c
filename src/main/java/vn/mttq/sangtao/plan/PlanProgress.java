package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a plan is carried out across the whole subtree below it: every implementing recipient of the plan and of the
 * plans its recipients issued in turn.
 */
record PlanProgress(Long planId, String numberAndSymbol, String title, int levels, long recipients,
    Map<ImplementationStatus, Long> byStatus, long overdue, List<Unit> overdueUnits) {

  /** A recipient and where it stands. */
  public record Unit(String unitCode, String unitName, String planNumber, LocalDate dueDate,
      ImplementationStatus status) {
  }
}
