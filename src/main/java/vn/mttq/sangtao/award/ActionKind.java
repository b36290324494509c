package vn.mttq.sangtao.award;

/** What someone did to a proposal; kept in {@code award_action}. */
enum ActionKind {
  PROPOSED("Đề nghị"),
  CHECKED("Kiểm tra hồ sơ"),
  FORWARDED("Đề nghị cấp trên"),
  RETURNED("Trả lại"),
  RESUBMITTED("Gửi lại"),
  WITHDRAWN("Rút đề nghị"),
  DECIDED("Quyết định khen thưởng"),
  REVOKED("Thu hồi khen thưởng");

  private final String label;

  ActionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
