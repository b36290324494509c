package vn.mttq.sangtao.initiative;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Tracking codes given to authors, e.g. {@code SK-7KQ4-M2XP}: random (not guessable from another's), without
 * letters people confuse (0/O, 1/I/L), easy to read out over the phone.
 */
final class TrackingCodes {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final Pattern FORMAT = Pattern.compile("SK-[2-9A-HJ-KM-NP-Z]{4}-[2-9A-HJ-KM-NP-Z]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {
  }

  static String next() {
    StringBuilder code = new StringBuilder("SK-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** The code as people may type it (lower case, spaces), in its canonical form; null when it cannot be one. */
  static String normalise(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
    return FORMAT.matcher(code).matches() ? code : null;
  }
}
