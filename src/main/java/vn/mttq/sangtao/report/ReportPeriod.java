package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import vn.mttq.sangtao.plan.PlanView;

/** The reporting regime's periods (seed 000 III: "Định kỳ 6 tháng (trước ngày 08/6), 1 năm (trước ngày 13/11)"). */
public enum ReportPeriod {
  HALF_YEAR("Báo cáo 6 tháng đầu năm"),
  ANNUAL("Báo cáo năm");

  private final String label;

  ReportPeriod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The last day to submit this period's report of a plan. */
  public LocalDate dueDate(PlanView plan) {
    return this == HALF_YEAR ? plan.halfYearReportDue() : plan.annualReportDue();
  }

  public static Optional<ReportPeriod> parse(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
  }
}
