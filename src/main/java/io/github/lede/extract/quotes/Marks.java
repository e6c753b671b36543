package io.github.lede.extract.quotes;

/**
 * Quotation marks and how they stand. A straight mark says nothing of its direction, and writers misuse curly
 * ones, so direction comes from the shape around a mark: space (or an opening bracket or dash) before and a
 * word after is an opening mark; a word or punctuation before and space (or punctuation) after is a closing one.
 */
final class Marks {
  private Marks() {}

  /** White space, the no-break space of scraped pages included. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Double marks that can open a quote. */
  static boolean isDoubleOpener(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«' || c == '”';
  }

  /** Single marks that can open a quote (only headlines use them as primary marks). */
  static boolean isSingleOpener(char c) {
    return c == '\'' || c == '‘';
  }

  /** Nothing that belongs to a word stands before offset {@code i}: start, space, bracket, dash. */
  static boolean blankBefore(String s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    return Marks.isSpace(p) || p == '(' || p == '[' || p == '{' || p == '—' || p == '–' || p == '-'
        || p == '/' || p == ':' || p == '‘' || p == '“' || p == '\'' || p == '"' || p == '„' || p == '«';
  }

  /** Nothing that belongs to a word stands after offset {@code i}: end, space, punctuation. */
  static boolean blankAfter(String s, int i) {
    if (i + 1 >= s.length()) {
      return true;
    }
    char x = s.charAt(i + 1);
    return Marks.isSpace(x) || x == '.' || x == ',' || x == ';' || x == ':' || x == '!' || x == '?'
        || x == ')' || x == ']' || x == '}' || x == '—' || x == '–' || x == '-' || x == '’' || x == '”'
        || x == '\'' || x == '"' || x == '»';
  }

  /** Shaped like an opening mark: a blank before it, a word after it. */
  static boolean opensHere(String s, int i) {
    return blankBefore(s, i) && !blankAfter(s, i);
  }

  /** Shaped like a closing mark: a word or punctuation before it, a blank after it. */
  static boolean closesHere(String s, int i) {
    return !blankBefore(s, i) && blankAfter(s, i);
  }
}
