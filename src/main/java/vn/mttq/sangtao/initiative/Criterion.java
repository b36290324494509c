package vn.mttq.sangtao.initiative;

/** The five criteria an initiative is judged on (seed 001, II.3). */
enum Criterion {
  NOVELTY("Tính mới", "Là sáng kiến, ý tưởng chưa được đề xuất và công nhận trước đây"),
  SUITABILITY("Tính phù hợp", "Nội dung phù hợp với lĩnh vực công tác, học tập"),
  COLLECTIVITY("Tính tập thể", "Có khả năng ứng dụng, triển khai cho nhóm, tập thể"),
  EFFECTIVENESS("Tính thiết thực, hiệu quả", "Đáp ứng yêu cầu đổi mới, nâng cao hiệu quả của đơn vị"),
  ECONOMY("Tính kinh tế", "Khi nghiên cứu ứng dụng không tốn kém kinh phí cho đơn vị");

  private final String label;
  private final String meaning;

  Criterion(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /** The form field of this criterion's verdict, e.g. {@code noveltyMet}. */
  String metField() {
    return camel() + "Met";
  }

  /** The form field of this criterion's comment, e.g. {@code noveltyComment}. */
  String commentField() {
    return camel() + "Comment";
  }

  private String camel() {
    String lower = name().toLowerCase(java.util.Locale.ROOT);
    return lower;
  }
}
