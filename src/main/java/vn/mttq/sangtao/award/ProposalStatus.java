package vn.mttq.sangtao.award;

/** Where a proposal stands. */
enum ProposalStatus {
  AT_LEVEL("Đang xét"),
  RETURNED("Trả lại đơn vị đề nghị"),
  DECIDED("Đã có quyết định khen thưởng"),
  WITHDRAWN("Đã rút");

  private final String label;

  ProposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
