package vn.mttq.sangtao.award;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.unit.UnitView;

/** The rules of award proposals that need no database: limits, who may grant what, the shape of numbers. */
final class AwardRules {

  /** The columns' sizes (V8__awards.sql), also declared in the API contract: a longer text is refused, never cut. */
  static final int MAX_ACHIEVEMENTS = 4000;
  static final int NAME_MAX = 200;
  static final int EMAIL_MAX = 200;
  static final int REASON_MAX = 2000;
  static final int FIRST_YEAR = 2000;

  private AwardRules() {
  }

  /** Whether the unit's committee (or organisation) may decide this award. */
  static boolean mayGrant(UnitView level, AwardForm form) {
    return (level.frontCommittee() || level.memberOrganisation()) && form.grantingTypes().contains(level.type());
  }

  /** The key that allows one standing proposal per nominee, award and year (a name compared without diacritics). */
  static String activeKey(NomineeKind kind, Long nomineeUnitId, String name, String form, int year) {
    return kind + ":" + nomineeUnitId + ":" + (name == null ? "" : Folding.fold(name)) + ":" + form + ":" + year;
  }

  /** A problem with the award year, or null: from 2000 to next year. */
  static String yearProblem(int year, LocalDate today) {
    int last = today.getYear() + 1;
    return year < FIRST_YEAR || year > last ? "Năm khen thưởng phải từ " + FIRST_YEAR + " đến " + last + "." : null;
  }

  /** An e-mail address as people write one, within its column. */
  static boolean isEmail(String email) {
    return email.length() <= EMAIL_MAX && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** A decision's number ("25/QĐ-MTTQ-BTT"): letters, digits, slashes, dots, hyphens and spaces, 60 at most. */
  static boolean isDecisionNumber(String number) {
    return number.matches("[\\p{L}0-9][\\p{L}0-9./ -]{0,59}");
  }

  /** Evidence lines as the form sends them: tracking codes or report ids separated by commas, spaces or lines. */
  static List<AwardRequest.EvidenceRef> refs(EvidenceKind kind, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank())
        .map(s -> new AwardRequest.EvidenceRef(kind.name(), s)).toList();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
