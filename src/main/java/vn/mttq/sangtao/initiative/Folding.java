package vn.mttq.sangtao.initiative;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without case, diacritics and extra spaces, for comparing what people type. */
final class Folding {

  private Folding() {
  }

  static String fold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
  }
}
