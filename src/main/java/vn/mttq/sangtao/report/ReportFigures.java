package vn.mttq.sangtao.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.mttq.sangtao.shared.WholeNumbers;

/**
 * A report's answers as a form or the API sends them, read: each figure a whole number (written 1250, "1.250" or
 * "1 250") from zero to its maximum, left empty when not given; the narrative within its column. Plain code; every
 * problem is named, nothing is guessed.
 */
final class ReportFigures {

  /** The column's size (V6__reports.sql), also declared in the API contract. */
  static final int NARRATIVE_MAX = 20_000;

  private ReportFigures() {
  }

  /** What was read, or the problems. */
  record Read(Map<Figure, Long> figures, String narrative, List<String> problems) {
  }

  static Read read(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      Object value = values.get(figure.field());
      if (value == null || value.toString().isBlank()) {
        figures.put(figure, null);
        continue;
      }
      Long number;
      try {
        number = WholeNumbers.read(value);
      } catch (IllegalArgumentException e) {
        problems.add(figure.label() + " " + e.getMessage());
        continue;
      }
      if (number < 0) {
        problems.add(figure.label() + " không được âm.");
      } else if (number > figure.max()) {
        problems.add(figure.label() + " «" + WholeNumbers.format(number) + "» vượt quá "
            + WholeNumbers.format(figure.max()) + ".");
      } else {
        figures.put(figure, number);
      }
    }
    Object narrative = values.get("narrative");
    if (narrative != null && narrative.toString().length() > NARRATIVE_MAX) {
      problems.add("Phần đánh giá dài quá " + WholeNumbers.format(NARRATIVE_MAX) + " ký tự.");
    }
    String text = narrative == null || narrative.toString().isBlank() ? null : narrative.toString().strip();
    return new Read(figures, text, List.copyOf(problems));
  }
}
