package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import vn.mttq.sangtao.shared.Folding;

/**
 * What other features (award proposals, the annual assessment) need to know of an initiative: its status, its
 * authors and their unit, whether units apply it and what the provincial S&T Council said of it.
 */
public record InitiativeFacts(Long id, String trackingCode, String title, InitiativeStatus status,
    AuthorKind authorKind, List<String> authorNames, Long authorUnitId, Instant decidedAt, long applications,
    Boolean promising) {

  public boolean recognised() {
    return status == InitiativeStatus.RECOGNISED;
  }

  /** Whether the person, as people type a name (any case, with or without diacritics), is one of its authors. */
  public boolean authoredBy(String personName) {
    String wanted = personName == null ? "" : Folding.fold(personName);
    return !wanted.isEmpty() && authorNames.stream().map(Folding::fold).anyMatch(wanted::equals);
  }

  static List<String> names(String authorNames) {
    return Arrays.stream(authorNames.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** "SK-ABCD-EFGH «title»". */
  public String label() {
    return trackingCode + " «" + title + "»";
  }
}
