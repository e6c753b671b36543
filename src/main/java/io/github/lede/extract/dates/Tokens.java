package io.github.lede.extract.dates;

/**
 * The tokens of one sentence: words (runs of letters), numbers (runs of digits, with thousands separators or
 * a decimal part kept inside) and single marks. The grammar looks a few tokens ahead and behind, and the tense
 * of a weekday comes from its sentence, so tokens are read a sentence at a time into arrays that are reused
 * from one sentence to the next: memory stays bounded on any input, and nothing is allocated per token.
 *
 * <p>A sentence ends after {@code . ! ?} followed by white space and a capital, a digit or an opening quote
 * (not after an abbreviation such as "Sept." or an initial), at a blank line, or after {@link #MAX} tokens, so
 * that text without any punctuation is still read in bounded pieces.
 */
final class Tokens {
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
  /** A line break before this token. */
  static final int LINE_BEFORE = 16;

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

  /**
   * Reads the sentence that starts at or after {@code from} and returns the offset just past it, or
   * {@code text.length()} at the end of the text.
   */
  int read(String text, int from) {
    this.text = text;
    size = 0;
    int n = text.length();
    int i = from;
    int pendingFlags = 0;
    while (i < n && size < MAX) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        int lines = 0;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          if (text.charAt(i) == '\n') {
            lines++;
          }
          i++;
        }
        if (lines >= 2 && size > 0) {
          return i;
        }
        pendingFlags = SPACE_BEFORE | (lines > 0 ? LINE_BEFORE : 0);
        continue;
      }
      int t = size++;
      start[t] = i;
      flags[t] = pendingFlags;
      pendingFlags = 0;
      word[t] = null;
      digits[t] = 0;
      if (c >= '0' && c <= '9') {
        i = number(text, i, t);
      } else if (Character.isLetter(c)) {
        i = word(text, i, t);
      } else {
        kind[t] = MARK;
        value[t] = c;
        end[t] = ++i;
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, t)) {
          return i;
        }
      }
    }
    return i;
  }

  private int number(String s, int i, int t) {
    int n = s.length();
    int from = i;
    long v = 0;
    while (i < n && isDigit(s.charAt(i))) {
      v = v * 10 + (s.charAt(i) - '0');
      if (v > Integer.MAX_VALUE) {
        v = Integer.MAX_VALUE;
      }
      i++;
    }
    int count = i - from;
    // 2,022 and 1,500,000 are quantities; 3.5 is a decimal. Both stay one token so no part reads as a year.
    if (count <= 3) {
      while (i < n && s.charAt(i) == ',' && threeDigits(s, i + 1)) {
        i += 4;
        flags[t] |= GROUPED;
      }
    }
    if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1)) && !isDateDot(s, from, i)) {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
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

  /** "13.09.2023": a dot between day, month and year, which must stay separate tokens. */
  private static boolean isDateDot(String s, int from, int dot) {
    int first = dot - from;
    int j = dot + 1;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return first <= 2 && j - dot - 1 <= 2 && j < s.length() && s.charAt(j) == '.';
  }

  private static boolean threeDigits(String s, int i) {
    return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && (i + 3 == s.length() || !isDigit(s.charAt(i + 3)));
  }

  private int word(String s, int i, int t) {
    int n = s.length();
    int from = i;
    boolean allUpper = true;
    while (i < n && Character.isLetter(s.charAt(i))) {
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

  /** A full stop (or ! or ?) that ends a sentence: not after an abbreviation, and before a new sentence. */
  private boolean endsSentence(String s, int after, int t) {
    char c = s.charAt(after - 1);
    if (c == '.' && t > 0 && kind[t - 1] == WORD && (flags[t] & SPACE_BEFORE) == 0) {
      Word w = word[t - 1];
      int len = end[t - 1] - start[t - 1];
      if (len == 1 || w != null && w.dottedAbbreviation) {
        return false;
      }
    }
    int i = after;
    int n = s.length();
    while (i < n && "\"'”’)]»".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i >= n) {
      return true;
    }
    if (!Character.isWhitespace(s.charAt(i))) {
      return false;
    }
    while (i < n && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return true;
    }
    char next = s.charAt(i);
    return Character.isUpperCase(next) || isDigit(next) || "\"'“‘(«`".indexOf(next) >= 0;
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
