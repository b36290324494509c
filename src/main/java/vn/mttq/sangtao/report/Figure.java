package vn.mttq.sangtao.report;

/** What a report counts (both seeds): each figure's form field and Vietnamese heading. */
public enum Figure {
  PROPAGANDA_SESSIONS("propagandaSessions", "Số buổi tuyên truyền"),
  PROPAGANDA_PARTICIPANTS("propagandaParticipants", "Số lượt người tham dự tuyên truyền"),
  MODELS_BUILT("modelsBuilt", "Số mô hình xây dựng mới"),
  MODELS_REPLICATED("modelsReplicated", "Số mô hình được nhân rộng"),
  INITIATIVES_SUBMITTED("initiativesSubmitted", "Số sáng kiến, ý tưởng đăng ký"),
  INITIATIVES_RECOGNISED("initiativesRecognised", "Số sáng kiến được công nhận"),
  INITIATIVES_APPLIED("initiativesApplied", "Số sáng kiến được áp dụng"),
  INITIATIVES_PROPOSED_ST("initiativesProposedSt", "Số sáng kiến đề xuất Hội đồng Khoa học - Công nghệ tỉnh"),
  COLLECTIVES_COMMENDED("collectivesCommended", "Số tập thể được biểu dương, khen thưởng"),
  INDIVIDUALS_COMMENDED("individualsCommended", "Số cá nhân được biểu dương, khen thưởng"),
  RESOURCES_VND("resourcesVnd", "Nguồn lực vận động (đồng)"),
  INSPECTIONS_HELD("inspectionsHeld", "Số cuộc kiểm tra"),
  CLUBS_FORMED("clubsFormed", "Số Câu lạc bộ thi đua phát huy sáng kiến thành lập");

  private final String field;
  private final String label;

  Figure(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** The form field and JSON property, e.g. {@code propagandaSessions}. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /**
   * The largest value a report may give: a count fits its column (2.147.483.647); an amount in đồng stays below
   * 10^15, which every JSON client and spreadsheet still carries exactly.
   */
  public long max() {
    return this == RESOURCES_VND ? 999_999_999_999_999L : Integer.MAX_VALUE;
  }
}
