package vn.mttq.sangtao.initiative;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret a citizen needs, beside the tracking code, to send a supplement from the public page: 16 letters and
 * digits without look-alikes (about 80 bits), written in four groups, e.g. {@code 7KQ4-M2XP-H9TB-C3WE}. Only its
 * SHA-256 is stored; comparison takes the same time whatever matches.
 */
final class SupplementSecrets {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SupplementSecrets() {
  }

  static String next() {
    StringBuilder secret = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        secret.append('-');
      }
      secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return secret.toString();
  }

  static String hash(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the typed secret (any case, with or without dashes and spaces) is the one whose hash is stored. */
  static boolean matches(String typed, String storedHash) {
    if (typed == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private static String normalise(String secret) {
    return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
