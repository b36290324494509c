package vn.mttq.sangtao.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese text without case, diacritics and extra spaces, for comparing what people type. */
public final class Folding {

  /** Vietnamese alphabetical order (a, ă, â, b, …, đ after d), for lists of names. */
  @SuppressWarnings("unchecked")
  public static final Comparator<String> VIETNAMESE =
      (Comparator<String>) (Comparator<?>) Collator.getInstance(Locale.forLanguageTag("vi"));

  private Folding() {
  }

  public static String fold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
  }

  /**
   * Text for a file name: without diacritics, đ and Đ as d and D, case kept, words joined by hyphens, nothing but
   * letters, digits and hyphens ("Tổng hợp tỉnh Đồng Nai" → "Tong-hop-tinh-Dong-Nai").
   */
  public static String fileName(String text) {
    String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
