package vn.mttq.sangtao.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.unit.UnitView;

/** The rules a submission must meet, each broken one named in Vietnamese. Plain code: no database, no engine. */
final class InitiativeRules {

  static final int TITLE_MAX = 300;
  static final int SUMMARY_MAX = 2_000;
  static final int DESCRIPTION_MAX = 20_000;
  static final int TEXT_MAX = 4_000;
  static final int SHORT_MAX = 200;
  static final int NAMES_MAX = 1_000;
  static final int PLACE_MAX = 1_000;

  static final String PHONE_PATTERN = "^\\+?[0-9 .-]{8,15}$";
  private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private InitiativeRules() {
  }

  /**
   * Checks a trimmed submission. {@code lineage} gives a unit and its ancestors (nearest first), or empty for an
   * unknown code. {@code fromPublic}: the author is someone without an account, who must say how to reach them and
   * picks a commune or ward.
   */
  static Result check(InitiativeSubmission s, Function<String, Optional<List<UnitView>>> lineage, LocalDate today,
      boolean fromPublic) {
    List<String> problems = new ArrayList<>();
    required(problems, s.title(), "Tên sáng kiến", TITLE_MAX);
    required(problems, s.summary(), "Tóm tắt", SUMMARY_MAX);
    required(problems, s.description(), "Nội dung chi tiết", DESCRIPTION_MAX);
    required(problems, s.authorNames(), "Tên tác giả", NAMES_MAX);
    checkLength(problems, s.fieldOfWork(), "Lĩnh vực", SHORT_MAX);
    checkLength(problems, s.appliedAt(), "Nơi áp dụng", PLACE_MAX);
    checkLength(problems, s.expectedBenefit(), "Hiệu quả dự kiến", TEXT_MAX);
    Optional<ContentArea> area = Optional.ofNullable(s.contentArea()).flatMap(ContentArea::parse);
    if (area.isEmpty()) {
      problems.add("Hãy chọn một trong năm nội dung của phong trào.");
    }
    Optional<AuthorKind> kind = Optional.ofNullable(s.authorKind()).flatMap(AuthorKind::parse);
    if (kind.isEmpty()) {
      problems.add("Hãy chọn tác giả là cá nhân hay tập thể.");
    }
    if (s.estimatedCostVnd() != null && s.estimatedCostVnd() < 0) {
      problems.add("Kinh phí dự kiến không được âm.");
    }
    if (fromPublic) {
      required(problems, s.submitterName(), "Họ và tên người gửi", SHORT_MAX);
      if (s.submitterPhone() == null && s.submitterEmail() == null) {
        problems.add("Hãy cho biết số điện thoại hoặc thư điện tử để liên hệ.");
      }
    } else {
      checkLength(problems, s.submitterName(), "Họ và tên người gửi", SHORT_MAX);
    }
    if (s.submitterPhone() != null && !PHONE.matcher(s.submitterPhone()).matches()) {
      problems.add("Số điện thoại «" + s.submitterPhone() + "» không hợp lệ.");
    }
    if (s.submitterEmail() != null && (s.submitterEmail().length() > SHORT_MAX
        || !EMAIL.matcher(s.submitterEmail()).matches())) {
      problems.add("Địa chỉ thư điện tử «" + s.submitterEmail() + "» không hợp lệ.");
    }
    UnitView authorUnit = null;
    UnitView receiving = null;
    if (s.authorUnitCode() == null) {
      problems.add(fromPublic ? "Hãy chọn xã, phường hoặc khu dân cư nơi tác giả sinh sống hoặc làm việc."
          : "Hãy chọn đơn vị của tác giả.");
    } else {
      Optional<List<UnitView>> line = lineage.apply(s.authorUnitCode());
      if (line.isEmpty() || !line.get().get(0).isValidOn(today)) {
        problems.add("Không có đơn vị mã «" + s.authorUnitCode() + "».");
      } else if (fromPublic && !line.get().get(0).placeOfResidence()) {
        problems.add("«" + line.get().get(0).name() + "» không phải là xã, phường hay khu dân cư: hãy chọn xã,"
            + " phường hoặc khu dân cư.");
      } else {
        authorUnit = line.get().get(0);
        Optional<UnitView> own = line.get().stream().filter(UnitView::reviewsInitiatives).findFirst();
        if (own.isEmpty()) {
          problems.add("Không tìm thấy Ủy ban MTTQ tiếp nhận sáng kiến cho «" + authorUnit.name() + "».");
        } else if (s.receivingUnitCode() == null || s.receivingUnitCode().equals(own.get().code())) {
          receiving = own.get();
        } else {
          receiving = line.get().stream()
              .filter(u -> u.reviewsInitiatives() && u.code().equals(s.receivingUnitCode())).findFirst().orElse(null);
          if (receiving == null) {
            problems.add("Nơi tiếp nhận «" + s.receivingUnitCode() + "» phải là Ủy ban MTTQ của đơn vị tác giả hoặc"
                + " cấp trên của Ủy ban đó.");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(new InitiativeSubmission.Checked(s, area.get(), kind.get(), authorUnit, receiving), List.of());
  }

  private static void required(List<String> problems, String value, String field, int max) {
    if (value == null) {
      problems.add(field + " không được để trống.");
    } else {
      checkLength(problems, value, field, max);
    }
  }

  /** A text longer than its column is refused, never cut: "Tóm tắt dài quá 2.000 ký tự." */
  static void checkLength(List<String> problems, String value, String field, int max) {
    if (value != null && value.length() > max) {
      problems.add(field + " dài quá " + WholeNumbers.format(max) + " ký tự.");
    }
  }

  /** Either a checked submission or the problems. */
  record Result(InitiativeSubmission.Checked checked, List<String> problems) {
  }
}
