package vn.mttq.sangtao.initiative;

/** Where an initiative stands, as its author sees it on the tracking page. */
enum InitiativeStatus {
  SUBMITTED("Đã tiếp nhận, đang kiểm tra"),
  SUPPLEMENT_REQUESTED("Cần bổ sung thông tin"),
  WITHDRAWN("Đã rút do không bổ sung đúng hạn"),
  NOT_NEW("Không xét: trùng với sáng kiến đã có"),
  IN_COUNCIL("Hội đồng đang xét"),
  RECOGNISED("Được công nhận"),
  NOT_RECOGNISED("Không được công nhận");

  private final String label;

  InitiativeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
