package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small table of lower-case words, each carrying bits, looked up by a slice of a longer string, ignoring
 * case, without cutting the slice out: class and id names are checked on every element of every page.
 */
final class WordSet {
  private static final int MAX_LENGTH = 24;
  private final String[][] words = new String[MAX_LENGTH + 1][];
  private final long[][] bits = new long[MAX_LENGTH + 1][];

  /** Words each with the bits they stand for. */
  WordSet(Map<String, Long> table) {
    List<List<String>> w = new ArrayList<>();
    List<List<Long>> b = new ArrayList<>();
    for (int i = 0; i <= MAX_LENGTH; i++) {
      w.add(new ArrayList<>());
      b.add(new ArrayList<>());
    }
    table.forEach((word, mask) -> {
      if (word.length() <= MAX_LENGTH) {
        w.get(word.length()).add(word.toLowerCase(Locale.ROOT));
        b.get(word.length()).add(mask);
      }
    });
    for (int i = 0; i <= MAX_LENGTH; i++) {
      words[i] = w.get(i).toArray(new String[0]);
      bits[i] = b.get(i).stream().mapToLong(Long::longValue).toArray();
    }
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
    String[] candidates = words[len];
    for (int k = 0; k < candidates.length; k++) {
      if (s.regionMatches(true, start, candidates[k], 0, len)) {
        return bits[len][k];
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
      while (i < n && !Character.isLetterOrDigit(names.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(names.charAt(i))) {
        i++;
      }
      out |= bitsOf(names, start, i);
    }
    return out;
  }
}
