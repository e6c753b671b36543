package io.github.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link WordList}, loaded once, and which lists a word is in: a set of bits, one per list, so a token
 * carries all its memberships in one {@code long} and a test is one mask. Words are looked up straight from
 * the text without allocating (an open-addressing table probed with the characters in place), in the one
 * normalisation every extractor uses: lower case, curly apostrophes straight, a final dot dropped.
 */
public final class Lexicon {
  private static final String[] KEYS;
  private static final long[] BITS;
  private static final int MASK;
  private static final Map<WordList, List<String>> WORDS = new EnumMap<>(WordList.class);

  static {
    if (WordList.values().length > Long.SIZE) {
      throw new IllegalStateException("more word lists than bits in a long");
    }
    Map<String, Long> all = new HashMap<>();
    for (WordList list : WordList.values()) {
      List<String> words = load(list);
      WORDS.put(list, List.copyOf(words));
      for (String w : words) {
        all.merge(w, list.bit, (a, b) -> a | b);
      }
    }
    int size = Integer.highestOneBit(Math.max(16, all.size() * 4));
    KEYS = new String[size];
    BITS = new long[size];
    MASK = size - 1;
    for (Map.Entry<String, Long> e : all.entrySet()) {
      int slot = hash(e.getKey(), 0, e.getKey().length()) & MASK;
      while (KEYS[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      KEYS[slot] = e.getKey();
      BITS[slot] = e.getValue();
    }
  }

  private Lexicon() {}

  /** The lists a normalised key is in, as {@link WordList#bit}s; 0 for none. */
  public static long of(String key) {
    return of(key, 0, key.length());
  }

  /**
   * The lists the word {@code text[start, end)} is in, normalised on the way (any case, curly apostrophes,
   * a final dot); 0 for none. Allocates nothing.
   */
  public static long of(CharSequence text, int start, int end) {
    return bits(entry(text, start, end));
  }

  /** The word's entry in the table (0 for a word in no list), for {@link #bits}: what a token keeps. */
  static int entry(CharSequence text, int start, int end) {
    if (end - start > 1 && text.charAt(end - 1) == '.') {
      end--;
    }
    if (end <= start) {
      return 0;
    }
    for (int slot = hash(text, start, end) & MASK; ; slot = (slot + 1) & MASK) {
      String k = KEYS[slot];
      if (k == null) {
        return 0;
      }
      if (k.length() == end - start && same(k, text, start)) {
        return slot + 1;
      }
    }
  }

  /** The lists of an entry from {@link #entry}. */
  static long bits(int entry) {
    return entry == 0 ? 0 : BITS[entry - 1];
  }

  static List<String> words(WordList list) {
    return WORDS.get(list);
  }

  /** The one normalisation of a word's character: lower case, and the curly apostrophe made straight. */
  public static char normal(char c) {
    return c == '’' ? '\'' : c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + normal(s.charAt(i));
    }
    return h ^ (h >>> 11) ^ (h >>> 19);
  }

  static boolean same(String key, CharSequence s, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != normal(s.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> load(WordList list) {
    String file = list.file();
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + file + " (rebuild the jar)");
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }

  /** The words of a list file; a word listed twice, or not written as a key, is an error with its line. */
  static List<String> parse(String file, String text) {
    List<String> words = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int line = 0;
    for (String w : text.split("\n", -1)) {
      line++;
      w = w.strip();
      if (w.isEmpty() || w.startsWith("#")) {
        continue;
      }
      if (!w.equals(normalised(w))) {
        throw new IllegalStateException(file + " line " + line + ": \"" + w
            + "\" is not written as a key (lower case, straight apostrophes, no final dot)");
      }
      Integer before = seen.putIfAbsent(w, line);
      if (before != null) {
        throw new IllegalStateException(file + " line " + line + ": \"" + w + "\" is listed twice (also line "
            + before + ")");
      }
      words.add(w);
    }
    return words;
  }

  /** A word as a key: every character normalised, a final dot dropped. */
  public static String normalised(CharSequence word) {
    int end = word.length();
    if (end > 1 && word.charAt(end - 1) == '.') {
      end--;
    }
    StringBuilder sb = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      sb.append(normal(word.charAt(i)));
    }
    return sb.toString();
  }
}
