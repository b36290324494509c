package vn.mttq.sangtao.initiative;

import java.util.Arrays;
import java.util.Optional;

/** Who authored an initiative: one person or a collective. */
public enum AuthorKind {
  INDIVIDUAL("Cá nhân"),
  COLLECTIVE("Tập thể");

  private final String label;

  AuthorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<AuthorKind> parse(String code) {
    return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
  }
}
