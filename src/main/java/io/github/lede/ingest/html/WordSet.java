package io.github.lede.ingest.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small table of lower-case words, each carrying bits, looked up by a slice of a longer string, ignoring
 * case, without cutting the slice out: class and id names are checked on every element of every page. The
 * words are hashed (open addressing), so a look-up reads the slice once and compares it with one word, not
 * with every word of its length.
 */
final class WordSet {
  private static final int MAX_LENGTH = 24;
  private final String[] keys;
  private final long[] values;
  private final int mask;

  /** Words each with the bits they stand for. */
  WordSet(Map<String, Long> table) {
    int size = Integer.highestOneBit(Math.max(4, table.size() * 4) - 1) << 1;
    keys = new String[size];
    values = new long[size];
    mask = size - 1;
    table.forEach((word, bits) -> {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.length() <= MAX_LENGTH) {
        int i = slot(hash(w, 0, w.length()));
        while (keys[i] != null && !keys[i].equals(w)) {
          i = (i + 1) & mask;
        }
        keys[i] = w;
        values[i] |= bits;
      }
    });
  }

  /** Words that all stand for bit 1. */
  WordSet(Set<String> words) {
    this(toTable(words));
  }

  private static Map<String, Long> toTable(Set<String> words) {
    Map<String, Long> t = new java.util.HashMap<>();
    words.forEach(w -> t.put(w, 1L));
    return t;
  }

  /** The bits of {@code s[start, end)} if it is one of the words (ignoring case), else 0. */
  long bitsOf(String s, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > MAX_LENGTH) {
      return 0;
    }
    return find(s, start, len, hash(s, start, end));
  }

  private long find(String s, int start, int len, int hash) {
    for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
      String k = keys[i];
      if (k.length() == len && s.regionMatches(true, start, k, 0, len)) {
        return values[i];
      }
    }
    return 0;
  }

  /** The bits of every word of {@code names} (split at anything but letters and digits), together. */
  long bitsOfWordsIn(String names) {
    long out = 0;
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(names.charAt(i))) {
        i++;
      }
      int start = i;
      int h = 0;
      while (i < n && isWordChar(names.charAt(i))) {
        h = 31 * h + lower(names.charAt(i));
        i++;
      }
      int len = i - start;
      if (len > 0 && len <= MAX_LENGTH) {
        out |= find(names, start, len, h);
      }
    }
    return out;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  private static int hash(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0x80 ? c : Character.toLowerCase(c);
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c >= 0x80 && Character.isLetterOrDigit(c);
  }
}
