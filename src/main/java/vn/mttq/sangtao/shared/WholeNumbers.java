package vn.mttq.sangtao.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whole numbers as Vietnamese people write them: "15.000.000" đồng, "1.250" người — a dot between groups of three
 * digits (a space also), or no separator at all. What cannot be read that way ("1.25", "15,5", "1.2.3", "abc") is
 * refused, never guessed; a number beyond what is kept exactly is refused, never wrapped or rounded.
 */
public final class WholeNumbers {

  /** The largest whole number a JSON or JavaScript number carries exactly (2^53). */
  private static final double MAX_EXACT = 9_007_199_254_740_992d;
  /** A whole number as people write it: 1250, 1.250 or 1 250 (also the API contract's pattern for such a text). */
  public static final String WRITTEN_PATTERN = "^-?(\\d+|\\d{1,3}(\\.\\d{3})+|\\d{1,3}([ \\u00A0]\\d{3})+)$";
  private static final Pattern WRITTEN = Pattern.compile(WRITTEN_PATTERN);

  private WholeNumbers() {
  }

  /**
   * The number a person typed or a program sent: a JSON number, or text as above; null when empty.
   *
   * @throws IllegalArgumentException with the Vietnamese reason, which the caller puts after the field's name and a space
   */
  public static Long read(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger || value instanceof BigDecimal) {
      return exact(new BigDecimal(value.toString()), value);
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
        throw new IllegalArgumentException("«" + value + "» không phải số nguyên.");
      }
      if (Math.abs(d) > MAX_EXACT) {
        throw new IllegalArgumentException("«" + value + "» quá lớn.");
      }
      return n.longValue();
    }
    if (!(value instanceof CharSequence)) {
      throw new IllegalArgumentException("phải là một số, không phải danh sách hay đối tượng.");
    }
    String text = value.toString().strip();
    if (!WRITTEN.matcher(text).matches()) {
      // digits with the wrong separators get the way to write them; words, only the refusal
      throw new IllegalArgumentException("«" + text + "» không phải số nguyên." + (text.matches(".*\\d.*")
          ? " Hãy viết chữ số liền nhau (15000000) hoặc tách từng nhóm ba chữ số bằng dấu chấm (15.000.000)." : ""));
    }
    return exact(new BigDecimal(text.replaceAll("[. \\u00A0]", "")), text);
  }

  private static Long exact(BigDecimal number, Object written) {
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(number.scale() > 0 && number.stripTrailingZeros().scale() > 0
          ? "«" + written + "» không phải số nguyên." : "«" + written + "» quá lớn.");
    }
  }

  /** The number written the Vietnamese way: 15000000 as "15.000.000". */
  public static String format(long number) {
    return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
  }
}
