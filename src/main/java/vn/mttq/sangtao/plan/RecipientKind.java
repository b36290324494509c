package vn.mttq.sangtao.plan;

/** The three kinds of recipient of a plan ("Nơi nhận"). */
public enum RecipientKind {
  /** Must build and carry out its own implementation plan: gets a task. */
  IMPLEMENT("Thực hiện"),
  /** Receives it for information or to be reported to ("b/c"): gets a notice. */
  INFORMATION("Để biết, báo cáo (b/c)"),
  /** The issuer's own archive ("Lưu"). */
  ARCHIVE("Lưu");

  private final String label;

  RecipientKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
