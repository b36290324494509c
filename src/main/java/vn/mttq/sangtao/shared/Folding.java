package vn.mttq.sangtao.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without case, diacritics and extra spaces, for comparing what people type. */
public final class Folding {

  private Folding() {
  }

  public static String fold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
  }
}
