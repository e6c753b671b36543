package io.github.lede.duplicates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What tells two articles apart as texts, computed at index time.
 *
 * <p><b>Exact duplicates</b> share a {@link #contentHash}: a hash of the body's words, lower-cased, in
 * order (punctuation, case and spacing do not count); an article without a body is hashed on its headline.
 *
 * <p><b>Near duplicates</b> share a {@link #bands band} of a MinHash signature of the body's
 * {@value #SHINGLE_WORDS}-word shingles and have an estimated resemblance (Jaccard similarity of their
 * shingle sets) of at least {@link #MIN_RESEMBLANCE}. The signature is {@value #BANDS} bands of
 * {@value #ROWS} minima each; a band is written as one keyword, {@code "3:"} and the hex of its minima, so
 * that two articles sharing a band share a term, and the estimate is read back from the bands themselves.
 * Two texts of resemblance s share a band with probability 1 - (1 - s^5)^6: 0.98 at s = 0.9, 0.78 at 0.8,
 * 0.21 at 0.6 (README, Near duplicates, says how these were chosen on Reuters and BBC).
 *
 * <p>Linear in the body's length: one pass for the words, then {@value #HASHES} multiplications a shingle.
 */
public final class BodySignature {
  /** Words per shingle: long enough that shared phrases of common English do not make texts alike. */
  public static final int SHINGLE_WORDS = 5;
  public static final int BANDS = 6;
  public static final int ROWS = 5;
  public static final int HASHES = BANDS * ROWS;
  /** The estimated resemblance two texts sharing a band need to count as near duplicates. */
  public static final double MIN_RESEMBLANCE = 0.6;

  /** One odd multiplier and one offset per hash function, fixed so every store computes the same bands. */
  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x5eed_1ede_0000_0001L;
    for (int i = 0; i < HASHES; i++) {
      s = Words.mix(s + 0x9e3779b97f4a7c15L);
      SEEDS[i] = s | 1;
    }
  }

  private BodySignature() {}

  /**
   * The content hash of an article: 32 hex digits of SHA-256 over its normalised body words (its headline's,
   * when the body has no words).
   */
  public static String contentHash(String headline, String body) {
    String words = Words.normalised(body == null ? "" : body);
    if (words.isEmpty()) {
      words = "headline " + Words.normalised(headline == null ? "" : headline);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The body's bands, {@value #BANDS} keywords, or none for a body without words. */
  public static List<String> bands(String body) {
    int[] minima = minima(body == null ? "" : body);
    if (minima == null) {
      return List.of();
    }
    HexFormat hex = HexFormat.of();
    List<String> out = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      StringBuilder key = new StringBuilder(2 + ROWS * 8).append(b).append(':');
      for (int r = 0; r < ROWS; r++) {
        key.append(hex.toHexDigits(minima[b * ROWS + r]));
      }
      out.add(key.toString());
    }
    return out;
  }

  /**
   * The MinHash minima of the body's shingles, or null when it has no words. A body shorter than a shingle is
   * one shingle of all its words.
   */
  private static int[] minima(String body) {
    long[] window = new long[SHINGLE_WORDS];
    int[] count = {0};
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    Words.hashes(body, word -> {
      window[count[0] % SHINGLE_WORDS] = word;
      count[0]++;
      if (count[0] >= SHINGLE_WORDS) {
        add(min, shingle(window, count[0]));
      }
    });
    if (count[0] == 0) {
      return null;
    }
    if (count[0] < SHINGLE_WORDS) {
      add(min, shingle(window, count[0]));
    }
    return min;
  }

  /** The hash of the last (up to) {@value #SHINGLE_WORDS} words, oldest first: order matters. */
  private static long shingle(long[] window, int count) {
    int n = Math.min(count, SHINGLE_WORDS);
    long h = 0;
    for (int i = count - n; i < count; i++) {
      h = Words.mix(h * 31 + window[i % SHINGLE_WORDS]);
    }
    return h;
  }

  private static void add(int[] min, long shingle) {
    for (int i = 0; i < HASHES; i++) {
      // A multiply-shift hash per function; comparing as unsigned keeps the order uniform.
      int v = (int) ((shingle * SEEDS[i] + SEEDS[(i + 7) % HASHES]) >>> 32);
      if (Integer.compareUnsigned(v, min[i]) < 0) {
        min[i] = v;
      }
    }
  }

  /**
   * The estimated resemblance of two texts from their bands: the share of minima they have in common (0 when
   * either has none, or the bands are not this class's).
   */
  public static double resemblance(List<String> a, List<String> b) {
    if (a.size() != BANDS || b.size() != BANDS) {
      return 0;
    }
    int same = 0;
    for (int band = 0; band < BANDS; band++) {
      String x = a.get(band);
      String y = b.get(band);
      if (x.length() != y.length()) {
        return 0;
      }
      int start = x.indexOf(':') + 1;
      for (int r = 0; r < ROWS; r++) {
        int at = start + r * 8;
        if (x.regionMatches(at, y, at, 8)) {
          same++;
        }
      }
    }
    return same / (double) HASHES;
  }

  /** Whether two texts' bands make them near duplicates: a band in common and resemblance high enough. */
  public static boolean nearDuplicates(List<String> a, List<String> b) {
    boolean shared = false;
    for (int i = 0; i < Math.min(a.size(), b.size()) && !shared; i++) {
      shared = a.get(i).equals(b.get(i));
    }
    return shared && resemblance(a, b) >= MIN_RESEMBLANCE;
  }
}
