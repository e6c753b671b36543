package io.github.lede.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids for articles that come without one of their own. An article's id is, first found: the source's id (an
 * {@code id} field or header; a file of one article without one is given its path by ingest), its URL, else a
 * hash of its normalised headline and body. The hash keeps an article without any name of its own from being
 * indexed twice (re-scraped, re-wrapped, in another case), but an edit gives it a new id: a source that edits
 * its articles should give them ids or URLs. The same hash tells exact duplicates within a batch.
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

  /** URLs longer than this are no id (a Lucene term holds 32 KB; real article URLs are far shorter). */
  private static final int MAX_URL_ID = 2048;

  /** The URL as an id: as written, without its {@code #fragment} (a place in the same page); null when none. */
  public static String ofUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    int hash = u.indexOf('#');
    u = hash >= 0 ? u.substring(0, hash) : u;
    return u.isEmpty() || u.length() > MAX_URL_ID ? null : u;
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
