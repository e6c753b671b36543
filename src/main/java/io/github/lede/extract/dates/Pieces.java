package io.github.lede.extract.dates;

import io.github.lede.text.Tokens;

/**
 * The pieces of one sentence, as the date grammar reads them: runs of letters, numbers (runs of digits, with
 * thousands separators or a decimal part kept inside) and single marks. They are cut from the field's
 * {@link Tokens}, the one tokenizer's tokens, so sentences and abbreviations are those every extractor sees;
 * the grammar reads finer than a word because dates are written with joined numbers ("9/13/2023",
 * "mid-2024", "10:35", "'90s"). The grammar looks a few pieces ahead and behind, and the tense of a weekday
 * comes from its sentence, so pieces are read a sentence at a time into arrays reused from one sentence to
 * the next: memory stays bounded on any input, and nothing is allocated per piece.
 *
 * <p>A sentence longer than {@link #MAX} pieces is read in parts of that size, so that text without any
 * punctuation is still read in bounded pieces.
 */
final class Pieces {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte MARK = 3;

  /** White space before this token. */
  static final int SPACE_BEFORE = 1;
  /** A word starting with a capital. */
  static final int CAPITALISED = 2;
  /** A word in capitals throughout, two letters or more. */
  static final int UPPER = 4;
  /** A number written with a thousands separator or a decimal part: a quantity, never a year or a day. */
  static final int GROUPED = 8;

  static final int MAX = 400;

  String text;
  int size;
  final int[] start = new int[MAX];
  final int[] end = new int[MAX];
  /** A number's value (-1 when longer than nine digits), or a mark's character. */
  final int[] value = new int[MAX];
  final byte[] kind = new byte[MAX];
  final byte[] digits = new byte[MAX];
  final int[] flags = new int[MAX];
  final Word[] word = new Word[MAX];

  /** Where reading stands: the token, and the character within it where the next part starts. */
  private Tokens source;
  private int token;
  private int offset;
  private int endToken;

  /** Starts reading the sentence of tokens {@code [from, to)}. */
  void sentence(Tokens tokens, int from, int to) {
    this.source = tokens;
    this.text = tokens.text();
    this.token = from;
    this.offset = from < to ? tokens.start(from) : 0;
    this.endToken = to;
  }

  /**
   * Reads the next part of the sentence, up to {@link #MAX} pieces, into the arrays; false when the sentence
   * has been read.
   */
  boolean next() {
    size = 0;
    boolean resumed = token < endToken && offset > source.start(token);
    while (token < endToken && size < MAX) {
      if (source.isLineBreak(token)) {
        next(token + 1);
        continue;
      }
      int e = source.end(token);
      int pendingFlags = !resumed && source.spaceBefore(token) ? SPACE_BEFORE : 0;
      resumed = false;
      while (offset < e && size < MAX) {
        int t = size++;
        start[t] = offset;
        flags[t] = pendingFlags;
        pendingFlags = 0;
        word[t] = null;
        digits[t] = 0;
        char ch = text.charAt(offset);
        if (ch >= '0' && ch <= '9') {
          offset = number(text, offset, e, t);
        } else if (Character.isLetter(ch)) {
          offset = word(text, offset, e, t);
        } else {
          kind[t] = MARK;
          value[t] = ch;
          end[t] = ++offset;
        }
      }
      if (offset >= e) {
        next(token + 1);
      }
    }
    return size > 0;
  }

  private void next(int t) {
    token = t;
    offset = t < endToken ? source.start(t) : offset;
  }

  private int number(String s, int i, int limit, int t) {
    int from = i;
    long v = 0;
    while (i < limit && isDigit(s.charAt(i))) {
      v = v * 10 + (s.charAt(i) - '0');
      if (v > Integer.MAX_VALUE) {
        v = Integer.MAX_VALUE;
      }
      i++;
    }
    int count = i - from;
    // 2,022 and 1,500,000 are quantities; 3.5 is a decimal. Both stay one piece so no part reads as a year.
    if (count <= 3) {
      while (i < limit && s.charAt(i) == ',' && threeDigits(s, i + 1, limit)) {
        i += 4;
        flags[t] |= GROUPED;
      }
    }
    if (i + 1 < limit && s.charAt(i) == '.' && isDigit(s.charAt(i + 1)) && !isDateDot(s, from, i, limit)) {
      i++;
      while (i < limit && isDigit(s.charAt(i))) {
        i++;
      }
      flags[t] |= GROUPED;
    }
    kind[t] = NUMBER;
    digits[t] = (byte) Math.min(count, 100);
    value[t] = count > 9 ? -1 : (int) v;
    end[t] = i;
    return i;
  }

  /** "13.09.2023": a dot between day, month and year, which must stay separate pieces. */
  private static boolean isDateDot(String s, int from, int dot, int limit) {
    int j = dot + 1;
    while (j < limit && isDigit(s.charAt(j))) {
      j++;
    }
    return dot - from <= 2 && j - dot - 1 <= 2 && j < limit && s.charAt(j) == '.';
  }

  private static boolean threeDigits(String s, int i, int limit) {
    return i + 3 <= limit && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && (i + 3 == limit || !isDigit(s.charAt(i + 3)));
  }

  private int word(String s, int i, int limit, int t) {
    int from = i;
    boolean allUpper = true;
    while (i < limit && Character.isLetter(s.charAt(i))) {
      if (!Character.isUpperCase(s.charAt(i))) {
        allUpper = false;
      }
      i++;
    }
    kind[t] = WORD;
    end[t] = i;
    if (Character.isUpperCase(s.charAt(from))) {
      flags[t] |= CAPITALISED;
      if (allUpper && i - from > 1) {
        flags[t] |= UPPER;
      }
    }
    word[t] = DateWords.lookup(s, from, i);
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // Accessors the grammar reads: all bounds-checked so that looking past either end is simply "no".

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER;
  }

  /** The word's entry in the {@link DateWords}, or null (also for numbers, marks and out of range). */
  Word w(int i) {
    return i >= 0 && i < size ? word[i] : null;
  }

  boolean isMark(int i, char c) {
    return i >= 0 && i < size && kind[i] == MARK && value[i] == c;
  }

  /** A mark that touches the token before it ("Sept." or "mid-2024"). */
  boolean isTightMark(int i, char c) {
    return isMark(i, c) && (flags[i] & SPACE_BEFORE) == 0;
  }

  /** The token sits right after the previous one, with no space between. */
  boolean tight(int i) {
    return i >= 0 && i < size && (flags[i] & SPACE_BEFORE) == 0;
  }

  boolean capitalised(int i) {
    return i >= 0 && i < size && (flags[i] & CAPITALISED) != 0;
  }

  boolean upper(int i) {
    return i >= 0 && i < size && (flags[i] & UPPER) != 0;
  }

  /** The token is this word, in any case. */
  boolean is(int i, String lower) {
    if (i < 0 || i >= size || kind[i] != WORD || end[i] - start[i] != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(start[i] + k);
      if (c != lower.charAt(k) && Character.toLowerCase(c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A plain number of {@code n} digits, not grouped or decimal. */
  boolean isPlainNumber(int i, int minDigits, int maxDigits) {
    return isNumber(i) && (flags[i] & GROUPED) == 0 && digits[i] >= minDigits && digits[i] <= maxDigits;
  }

  /** A day of the month: one or two digits, 1 to 31. */
  boolean isDayNumber(int i) {
    return isPlainNumber(i, 1, 2) && value[i] >= 1 && value[i] <= 31;
  }

  boolean lowerCaseWord(int i) {
    return isWord(i) && Character.isLowerCase(text.charAt(start[i]));
  }
}
