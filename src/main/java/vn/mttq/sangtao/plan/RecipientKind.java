package vn.mttq.sangtao.plan;

/** The four kinds of recipient of a plan ("Nơi nhận"), in the order the document lists them. */
public enum RecipientKind {
  /** Must build and carry out its own implementation plan: gets a task. */
  IMPLEMENT("Thực hiện", ""),
  /** Is reported to ("b/c": the level above, the Party committee): gets a notice marked "b/c". */
  REPORT_TO("Báo cáo (b/c)", " (b/c)"),
  /** Receives it for information: gets a notice. */
  INFORMATION("Để biết", ""),
  /** The issuer's own archive ("Lưu"). */
  ARCHIVE("Lưu", "");

  private final String label;
  private final String mark;

  RecipientKind(String label, String mark) {
    this.label = label;
    this.mark = mark;
  }

  public String label() {
    return label;
  }

  /** What follows a recipient's name in "Nơi nhận": " (b/c)" for those reported to, nothing otherwise. */
  public String mark() {
    return mark;
  }
}
