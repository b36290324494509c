package vn.mttq.sangtao.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import vn.mttq.sangtao.plan.PlanView;

/**
 * The reporting regime's periods (seed 000 III: "Định kỳ 6 tháng (trước ngày 08/6), 1 năm (trước ngày 13/11)"; seed
 * 001 II.6: "5 năm tổng kết phong trào"; seed 000 II.4: "tổng kết … giai đoạn 2018 - 2024").
 */
public enum ReportPeriod {
  HALF_YEAR("Báo cáo 6 tháng đầu năm"),
  ANNUAL("Báo cáo năm"),
  /** The five-year or phase summary, only when the plan asks for it. */
  PHASE_SUMMARY("Báo cáo tổng kết giai đoạn");

  /** What an unknown period's message offers. */
  static final String CHOICES = "chọn HALF_YEAR (6 tháng), ANNUAL (năm) hoặc PHASE_SUMMARY (tổng kết giai đoạn)";

  private final String label;

  ReportPeriod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "Báo cáo 6 tháng đầu năm 2026", "Báo cáo năm 2026", "Báo cáo tổng kết giai đoạn 2018 – 2024". */
  public String title(int fromYear, int year) {
    return this == PHASE_SUMMARY ? label + " " + fromYear + " – " + year : label + " " + year;
  }

  /** The last day to submit this period's report of a plan; null when the plan does not ask for it. */
  public LocalDate dueDate(PlanView plan) {
    return switch (this) {
      case HALF_YEAR -> plan.halfYearReportDue();
      case ANNUAL -> plan.annualReportDue();
      case PHASE_SUMMARY -> plan.summaryReportDue();
    };
  }

  /** The first year the period's report covers. */
  public int fromYear(PlanView plan) {
    return this == PHASE_SUMMARY ? plan.summaryFromYear() : plan.year();
  }

  public static Optional<ReportPeriod> parse(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
  }
}
