package vn.mttq.sangtao.initiative;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.mttq.sangtao.unit.UnitView;

/**
 * What an author submits, as the form or the API sends it: codes for the content area, the author kind and the
 * units. {@code receivingUnitCode} is optional (the author's unit's committee by default).
 */
public record InitiativeSubmission(
    @Schema(description = "Tên sáng kiến", maxLength = InitiativeRules.TITLE_MAX) String title,
    @Schema(description = "Tóm tắt", maxLength = InitiativeRules.SUMMARY_MAX) String summary,
    @Schema(description = "Nội dung chi tiết", maxLength = InitiativeRules.DESCRIPTION_MAX) String description,
    @Schema(description = "Nội dung của phong trào", implementation = ContentArea.class) String contentArea,
    @Schema(description = "Lĩnh vực", maxLength = InitiativeRules.SHORT_MAX) String fieldOfWork,
    @Schema(description = "Nơi áp dụng", maxLength = InitiativeRules.PLACE_MAX) String appliedAt,
    @Schema(description = "Hiệu quả dự kiến", maxLength = InitiativeRules.TEXT_MAX) String expectedBenefit,
    @Schema(description = "Kinh phí dự kiến (đồng)", minimum = "0") Long estimatedCostVnd,
    @Schema(description = "Tác giả là cá nhân hay tập thể", implementation = AuthorKind.class) String authorKind,
    @Schema(description = "Tên tác giả", maxLength = InitiativeRules.NAMES_MAX) String authorNames,
    @Schema(description = "Đơn vị của tác giả (mã)", maxLength = UnitView.CODE_LENGTH) String authorUnitCode,
    @Schema(description = "Nơi tiếp nhận (mã; mặc định Ủy ban MTTQ của đơn vị tác giả)",
        maxLength = UnitView.CODE_LENGTH) String receivingUnitCode,
    @Schema(description = "Họ và tên người gửi (cổng công khai)", maxLength = InitiativeRules.SHORT_MAX)
    String submitterName,
    @Schema(description = "Số điện thoại người gửi", pattern = InitiativeRules.PHONE_PATTERN) String submitterPhone,
    @Schema(description = "Thư điện tử người gửi", maxLength = InitiativeRules.SHORT_MAX) String submitterEmail) {

  /** The same submission with its texts trimmed (blank = absent). */
  InitiativeSubmission trimmed() {
    return new InitiativeSubmission(trim(title), trim(summary), trim(description), trim(contentArea),
        trim(fieldOfWork), trim(appliedAt), trim(expectedBenefit), estimatedCostVnd, trim(authorKind),
        trim(authorNames), trim(authorUnitCode), trim(receivingUnitCode), trim(submitterName), trim(submitterPhone),
        trim(submitterEmail));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A submission that passed the rules, with what its codes resolved to. */
  record Checked(InitiativeSubmission submission, ContentArea contentArea, AuthorKind authorKind,
      UnitView authorUnit, UnitView receivingUnit) {
  }
}
