package vn.mttq.sangtao.report;

/** Where a unit's report stands. */
public enum ReportStatus {
  OPEN("Chưa nộp"),
  SUBMITTED("Đã nộp, chờ xem xét"),
  RETURNED("Bị trả lại, cần sửa và nộp lại"),
  ACCEPTED("Đã được chấp nhận");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
