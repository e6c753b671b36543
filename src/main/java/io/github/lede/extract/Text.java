package io.github.lede.extract;

import io.github.lede.text.Tokenizer;
import java.util.Locale;

/** Small, allocation-light checks on lines of text, shared by the line classifiers. */
final class Text {
  private Text() {}

  /**
   * True when {@code s} has more than {@code max} words. It stops counting there, so asking whether a long
   * paragraph is a short line costs only its first few words: the line classifiers ask this of every unit.
   */
  static boolean moreWordsThan(String s, int max) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in && ++n > max) {
        return true;
      }
      in = !ws;
    }
    return false;
  }

  /** Words separated by white space. */
  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  /** Lower case, runs of white space made one space, digits made {@code #}, ends trimmed of punctuation. */
  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
      }
    }
    int end = sb.length();
    while (end > 0 && isTrimmable(sb.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && isTrimmable(sb.charAt(start))) {
      start++;
    }
    return sb.substring(start, end);
  }

  private static boolean isTrimmable(char c) {
    return c == ':' || c == '|' || c == '>' || c == '›' || c == '»' || c == '•' || c == '·' || c == '-'
        || c == '–' || c == '—' || c == '.' || c == '…' || c == ' ' || c == '*';
  }

  /** Ends like a sentence: {@code . ! ?} (or a CJK stop) possibly followed by closing quotes or brackets. */
  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || isCjkStop(c);
  }

  /** The full stop, exclamation and question marks of Chinese and Japanese, which need no space after them. */
  static boolean isCjkStop(char c) {
    return Tokenizer.isCjkStop(c);
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The share of longer words (over three letters) that start with a capital: titles in Title Case score
   * high, sentences low.
   */
  static double capitalisedShare(String s) {
    int words = 0;
    int capitalised = 0;
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i - start > 3) {
        words++;
        if (Character.isUpperCase(s.charAt(start))) {
          capitalised++;
        }
      }
    }
    return words == 0 ? 0 : (double) capitalised / words;
  }

  /** Starts with {@code prefix}, ignoring case. */
  static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Collapses runs of spaces and tabs inside a paragraph into one space and trims it. */
  static String tidy(String s) {
    if (isTidy(s)) {
      // Most lines are: no copy.
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\n') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** No tab, no-break space or newline, no run of spaces, no space at either end. */
  private static boolean isTidy(String s) {
    int n = s.length();
    if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\u00A0' || c == '\n' || c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }
}
