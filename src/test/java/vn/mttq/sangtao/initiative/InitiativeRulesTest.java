package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.mttq.sangtao.unit.UnitView;

/** The submission rules without a database: a small line of units, from the province down to a residential area. */
class InitiativeRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final UnitView PROVINCE = unit(1L, "dn", "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", true, false, null);
  static final UnitView WARD = unit(2L, "dn-p-baovinh", "Ủy ban MTTQ Việt Nam phường Bảo Vinh", true, true, null);
  static final UnitView AREA = unit(3L, "dn-p-baovinh-kp1", "Ban công tác Mặt trận khu phố 1", false, false, null);
  static final UnitView ENDED = unit(4L, "dn-tn", "Ủy ban MTTQ Việt Nam huyện Thống Nhất", true, false,
      LocalDate.of(2025, 6, 30));
  static final UnitView CLUB = unit(5L, "dn-clb", "Câu lạc bộ không thuộc Ủy ban nào", false, false, null);
  static final Map<String, List<UnitView>> LINES = Map.of("dn", List.of(PROVINCE), "dn-p-baovinh",
      List.of(WARD, PROVINCE), "dn-p-baovinh-kp1", List.of(AREA, WARD, PROVINCE), "dn-tn", List.of(ENDED, PROVINCE),
      "dn-clb", List.of(CLUB));

  static UnitView unit(Long id, String code, String name, boolean reviews, boolean grassroots, LocalDate validTo) {
    return new UnitView(id, code, name, "X", "X", null, null, validTo, reviews, false, false, reviews, grassroots);
  }

  static InitiativeSubmission submission(String title, String authorUnit, String receiving) {
    return new InitiativeSubmission(title, "Tóm tắt", "Nội dung chi tiết", "POLITICAL_SYSTEM", "Dân vận",
        "Khu phố 1", "Tiết kiệm thời gian", 15_000_000L, "INDIVIDUAL", "Nguyễn Thị Lan", authorUnit, receiving, null,
        null, null);
  }

  static InitiativeRules.Result check(InitiativeSubmission s, boolean fromPublic) {
    return InitiativeRules.check(s, code -> Optional.ofNullable(LINES.get(code)), TODAY, fromPublic);
  }

  @Test
  void anAreasInitiativeGoesToTheNearestCommitteeThatReviewsInitiatives() {
    InitiativeRules.Result result = check(submission("Sổ tay điện tử", "dn-p-baovinh-kp1", null), false);

    assertThat(result.problems()).isEmpty();
    assertThat(result.checked().authorUnit()).isEqualTo(AREA);
    assertThat(result.checked().receivingUnit()).isEqualTo(WARD);
    assertThat(result.checked().contentArea()).isEqualTo(ContentArea.POLITICAL_SYSTEM);
    assertThat(result.checked().authorKind()).isEqualTo(AuthorKind.INDIVIDUAL);
  }

  @Test
  void theAuthorMaySendItToACommitteeHigherUpTheLineButNotElsewhere() {
    assertThat(check(submission("Sổ tay", "dn-p-baovinh-kp1", "dn"), false).checked().receivingUnit())
        .isEqualTo(PROVINCE);
    assertThat(check(submission("Sổ tay", "dn-p-baovinh-kp1", "dn-p-baovinh"), false).checked().receivingUnit())
        .isEqualTo(WARD);
    assertThat(check(submission("Sổ tay", "dn-p-baovinh-kp1", "dn-tn"), false).problems()).containsExactly(
        "Nơi tiếp nhận «dn-tn» phải là Ủy ban MTTQ của đơn vị tác giả hoặc cấp trên của Ủy ban đó.");
  }

  @Test
  void whatIsMissingIsNamedEachOnce() {
    InitiativeSubmission empty = new InitiativeSubmission(null, null, null, "KHAC", null, null, null, null, "AI",
        null, null, null, null, null, null);

    assertThat(check(empty, false).problems()).containsExactly("Tên sáng kiến không được để trống.",
        "Tóm tắt không được để trống.", "Nội dung chi tiết không được để trống.", "Tên tác giả không được để trống.",
        "Hãy chọn một trong năm nội dung của phong trào.", "Hãy chọn tác giả là cá nhân hay tập thể.",
        "Hãy chọn đơn vị của tác giả.");
    assertThat(check(empty, false).checked()).isNull();
  }

  @Test
  void aTextAtItsLimitIsTakenAndOneCharacterMoreIsRefused() {
    assertThat(check(submission("x".repeat(InitiativeRules.TITLE_MAX), "dn-p-baovinh", null), false).problems())
        .isEmpty();
    assertThat(check(submission("x".repeat(InitiativeRules.TITLE_MAX + 1), "dn-p-baovinh", null), false)
        .problems()).containsExactly("Tên sáng kiến dài quá 300 ký tự.");
    InitiativeSubmission longTexts = new InitiativeSubmission("Sổ tay", "s".repeat(2_001), "d".repeat(20_001),
        "POLITICAL_SYSTEM", "f".repeat(201), "a".repeat(1_001), "b".repeat(4_001), null, "COLLECTIVE",
        "n".repeat(1_001), "dn-p-baovinh", null, null, null, null);
    assertThat(check(longTexts, false).problems()).containsExactly("Tóm tắt dài quá 2.000 ký tự.",
        "Nội dung chi tiết dài quá 20.000 ký tự.", "Tên tác giả dài quá 1.000 ký tự.", "Lĩnh vực dài quá 200 ký tự.",
        "Nơi áp dụng dài quá 1.000 ký tự.", "Hiệu quả dự kiến dài quá 4.000 ký tự.");
  }

  @Test
  void anUnknownOrEndedUnitIsNotAnAuthorsUnit() {
    assertThat(check(submission("Sổ tay", "khong-co", null), false).problems())
        .containsExactly("Không có đơn vị mã «khong-co».");
    assertThat(check(submission("Sổ tay", "dn-tn", null), false).problems())
        .containsExactly("Không có đơn vị mã «dn-tn».");
    assertThat(check(submission("Sổ tay", "dn-clb", null), false).problems())
        .containsExactly("Không tìm thấy Ủy ban MTTQ tiếp nhận sáng kiến cho «Câu lạc bộ không thuộc Ủy ban nào».");
  }

  @Test
  void thePublicSaysHowToReachThemAndPicksACommuneOrWard() {
    InitiativeSubmission anonymous = submission("Sổ tay", "dn", null);
    assertThat(check(anonymous, true).problems()).containsExactly("Họ và tên người gửi không được để trống.",
        "Hãy cho biết số điện thoại hoặc thư điện tử để liên hệ.",
        "«Ủy ban MTTQ Việt Nam tỉnh Đồng Nai» không phải là xã, phường hay khu dân cư: hãy chọn xã, phường hoặc khu"
            + " dân cư.");
    assertThat(check(submission("Sổ tay", null, null), true).problems())
        .contains("Hãy chọn xã, phường hoặc khu dân cư nơi tác giả sinh sống hoặc làm việc.");

    InitiativeSubmission citizen = new InitiativeSubmission("Sổ tay", "Tóm tắt", "Nội dung", "POLITICAL_SYSTEM",
        null, null, null, null, "INDIVIDUAL", "Nguyễn Thị Lan", "dn-p-baovinh", null, "Nguyễn Thị Lan",
        "0912 345 678", "lan@example.vn");
    assertThat(check(citizen, true).problems()).isEmpty();
    assertThat(check(citizen, true).checked().receivingUnit()).isEqualTo(WARD);
  }

  @Test
  void aPhoneOrAnAddressThatCannotBeUsedIsRefused() {
    InitiativeSubmission bad = new InitiativeSubmission("Sổ tay", "Tóm tắt", "Nội dung", "POLITICAL_SYSTEM", null,
        null, null, null, "INDIVIDUAL", "Lan", "dn-p-baovinh", null, "Lan", "12ab", "lan@");
    assertThat(check(bad, true).problems()).containsExactly("Số điện thoại «12ab» không hợp lệ.",
        "Địa chỉ thư điện tử «lan@» không hợp lệ.");
    InitiativeSubmission longAddress = new InitiativeSubmission("Sổ tay", "Tóm tắt", "Nội dung", "POLITICAL_SYSTEM",
        null, null, null, null, "INDIVIDUAL", "Lan", "dn-p-baovinh", null, "Lan", null,
        "a".repeat(200) + "@example.vn");
    assertThat(check(longAddress, true).problems()).hasSize(1).allMatch(p -> p.startsWith("Địa chỉ thư điện tử"));
  }

  @Test
  void aCostBelowZeroAndAStaffSubmittersOverlongNameAreRefused() {
    InitiativeSubmission s = new InitiativeSubmission("Sổ tay", "Tóm tắt", "Nội dung", "POLITICAL_SYSTEM", null,
        null, null, -1L, "INDIVIDUAL", "Lan", "dn-p-baovinh", null, "n".repeat(201), null, null);
    assertThat(check(s, false).problems()).containsExactly("Kinh phí dự kiến không được âm.",
        "Họ và tên người gửi dài quá 200 ký tự.");
    InitiativeSubmission free = new InitiativeSubmission("Sổ tay", "Tóm tắt", "Nội dung", "POLITICAL_SYSTEM", null,
        null, null, 0L, "INDIVIDUAL", "Lan", "dn-p-baovinh", null, "n".repeat(200), null,
        "a".repeat(189) + "@example.vn");
    assertThat(check(free, false).problems()).isEmpty();
  }
}
