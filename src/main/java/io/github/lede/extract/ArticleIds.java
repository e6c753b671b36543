package io.github.lede.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids for articles that come without one: a hash of the normalised headline and body, so that indexing the
 * same article again (re-scraped, re-wrapped, in another case) replaces it instead of adding a copy.
 */
public final class ArticleIds {
  /** 80 bits: collisions stay improbable (about 1 in 10^8) even across a hundred million articles. */
  private static final int BYTES = 10;

  private ArticleIds() {}

  public static String of(String headline, String body) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    sha.update(normalise(headline).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(normalise(body).getBytes(StandardCharsets.UTF_8));
    byte[] digest = sha.digest();
    return HexFormat.of().formatHex(digest, 0, BYTES);
  }

  /** Letters and digits in lower case, every other run of characters made one space. */
  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.appendCodePoint(Character.toLowerCase(cp));
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }
}
