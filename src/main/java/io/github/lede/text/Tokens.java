package io.github.lede.text;

import java.util.Arrays;

/**
 * The tokens of one text (a headline, a caption, a body), as {@link Tokenizer} finds them, with what every
 * extractor and feature reader asks of a token: its offsets into the text, its kind, its shape (capitalised,
 * in capitals, where it stands in its sentence and line), its key (the one normalisation: lower case, a final
 * dot dropped, curly apostrophes straight), the {@link WordList}s it is in, and its sentence.
 *
 * <p>Held in parallel arrays rather than one object a token, so that a text costs about 15 bytes a token
 * beyond itself and asking costs an array read: a 60 MB article is some 11 million tokens. Tokens are
 * numbered from 0 in text order; every accessor takes that number. Keys are made only when asked for, once per
 * distinct word ({@link KeyTable}), and kept. Immutable once built, but not safe to share between threads (the key cache fills as it is read).
 */
public final class Tokens {
  /** Letters and digits, with what joins them inside a word ("Jae-in", "O'Brien", "U.S.", "2,022", "9/11"). */
  public static final byte WORD = 1;
  /** One character of punctuation or a symbol. */
  public static final byte PUNCT = 2;
  /** A line break: paragraphs, headlines and captions are lines. */
  public static final byte LINE_BREAK = 3;

  /** The first letter is a capital. */
  static final short CAPITALISED = 1;
  /** Every letter is a capital, and there are two or more ("NATO", "U.S."). */
  static final short UPPER = 1 << 1;
  /** White space stands just before the token. */
  static final short SPACE_BEFORE = 1 << 2;
  /** A line break stands in the white space before the token (or the token is one). */
  static final short LINE_BEFORE = 1 << 3;
  /** A possessive: "'s" after a word, or "'" after a plural ("the Pastoralists' Forum"). */
  static final short POSSESSIVE = 1 << 4;
  /** In a line written in capitals throughout (a wire headline), where case says nothing. */
  static final short CAPS_LINE = 1 << 5;
  /**
   * The first word of a line or a sentence, or after a colon or semicolon: where any word is capitalised, so
   * its capital says nothing of a name.
   */
  static final short LEADING = 1 << 6;
  /** The first token of a sentence. */
  static final short SENTENCE_START = 1 << 7;

  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private final short[] flags;
  /** The token's entry in the {@link Lexicon}, for its memberships. */
  private final int[] entries;
  /** The first token of each sentence. */
  private final int[] sentenceStarts;
  private String[] keys;
  private KeyTable distinctKeys;

  Tokens(String text, int size, int[] starts, int[] ends, byte[] kinds, short[] flags, int[] entries,
      int[] sentenceStarts) {
    this.text = text;
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.flags = flags;
    this.entries = entries;
    this.sentenceStarts = sentenceStarts;
  }

  /** The text the offsets point into. */
  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public byte kind(int i) {
    return kinds[i];
  }

  public boolean isWord(int i) {
    return kinds[i] == WORD;
  }

  public boolean isLineBreak(int i) {
    return kinds[i] == LINE_BREAK;
  }

  /** A punctuation token that is this character. */
  public boolean isPunct(int i, char c) {
    return kinds[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /** The token's first character. */
  public char first(int i) {
    return text.charAt(starts[i]);
  }

  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** The token as written (a new string: ask for {@link #key} or the flags where they serve). */
  public String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Whether the token is written exactly so. */
  public boolean is(int i, String written) {
    return ends[i] - starts[i] == written.length() && text.startsWith(written, starts[i]);
  }

  /** The key: lower case, a final dot dropped, curly apostrophes straight ("Sen." is "sen"). */
  public String key(int i) {
    if (keys == null) {
      keys = new String[size];
    }
    String k = keys[i];
    if (k == null) {
      if (distinctKeys == null) {
        distinctKeys = new KeyTable();
      }
      k = distinctKeys.key(text, starts[i], ends[i]);
      keys[i] = k;
    }
    return k;
  }

  /** Whether the key is this lower-case word, without making the key. */
  public boolean keyIs(int i, String key) {
    int s = starts[i];
    int e = ends[i];
    if (e - s > 1 && text.charAt(e - 1) == '.') {
      e--;
    }
    if (e - s != key.length()) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      if (Lexicon.normal(text.charAt(s + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The {@link WordList}s the token is in, as bits ({@link WordList#bit}); 0 for none and for punctuation. */
  public long lists(int i) {
    return Lexicon.bits(entries[i]);
  }

  public boolean in(int i, WordList list) {
    return (Lexicon.bits(entries[i]) & list.bit) != 0;
  }

  /** Whether the token is in any of the lists whose bits are given ({@link WordList#any}). */
  public boolean inAny(int i, long lists) {
    return (Lexicon.bits(entries[i]) & lists) != 0;
  }

  public boolean capitalised(int i) {
    return (flags[i] & CAPITALISED) != 0;
  }

  /** Two or more letters, all capitals. */
  public boolean upper(int i) {
    return (flags[i] & UPPER) != 0;
  }

  public boolean spaceBefore(int i) {
    return (flags[i] & SPACE_BEFORE) != 0;
  }

  public boolean lineBefore(int i) {
    return (flags[i] & LINE_BEFORE) != 0;
  }

  /** "'s" after a word, or "'" after a plural. */
  public boolean possessive(int i) {
    return (flags[i] & POSSESSIVE) != 0;
  }

  /** In a line written in capitals throughout. */
  public boolean inCapsLine(int i) {
    return (flags[i] & CAPS_LINE) != 0;
  }

  /** Where any word is capitalised: the first word of a line or a sentence, or after a colon or semicolon. */
  public boolean leading(int i) {
    return (flags[i] & LEADING) != 0;
  }

  public boolean sentenceStart(int i) {
    return (flags[i] & SENTENCE_START) != 0;
  }

  public int sentences() {
    return sentenceStarts.length;
  }

  /** The sentence (from 0) that token {@code i} is in. */
  public int sentence(int i) {
    int s = Arrays.binarySearch(sentenceStarts, i);
    return s >= 0 ? s : -s - 2;
  }

  /** The first token of sentence {@code s}. */
  public int sentenceStartToken(int s) {
    return sentenceStarts[s];
  }

  /** The token just past sentence {@code s}. */
  public int sentenceEndToken(int s) {
    return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : size;
  }

  /** The first token that ends after offset {@code at} ({@link #size} when none does). */
  public int tokenAt(int at) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last token that starts at or before offset {@code at}, or -1 when none does. */
  public int lastStartingBy(int at) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      sb.append(i == 0 ? "" : sentenceStart(i) ? " | " : " ").append(isLineBreak(i) ? "\\n" : text(i));
    }
    return sb.toString();
  }
}
