package vn.mttq.sangtao.award;

import java.util.Arrays;
import java.util.Optional;

/** What a proposal cites as evidence (seed 001 II.6): initiatives recognised or applied, the S&T opinion, reports. */
enum EvidenceKind {
  RECOGNISED_INITIATIVE("Sáng kiến được công nhận"),
  APPLIED_INITIATIVE("Sáng kiến được ứng dụng"),
  ST_COUNCIL_OPINION("Ý kiến Hội đồng Khoa học - Công nghệ tỉnh"),
  REPORT("Báo cáo kết quả phong trào"),
  /** The rank and facts of an assessment or phase summary (ref: the candidate's id). */
  ASSESSMENT("Kết quả đánh giá, tổng kết phong trào");

  private final String label;

  EvidenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<EvidenceKind> parse(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
