package vn.mttq.sangtao.award;

import java.util.Arrays;
import java.util.Optional;

/** Who is proposed: a collective (a unit) or an individual (a person of a unit). */
enum NomineeKind {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân");

  private final String label;

  NomineeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<NomineeKind> parse(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
