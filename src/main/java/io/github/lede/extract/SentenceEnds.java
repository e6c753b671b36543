package io.github.lede.extract;

/**
 * Finds sentence ends in news prose without a model: a {@code . ! ?} (with any closing quotes or brackets)
 * followed by white space and a capital, a digit or an opening quote, unless the word before the stop is a
 * known abbreviation ("Mr.", "Sept.", "U.S.") or a single initial ("John F. Kennedy"); and a CJK full stop,
 * exclamation or question mark wherever it stands.
 */
public final class SentenceEnds {
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen",
      "rep", "rev", "fr", "sr", "jr", "st", "mt", "ft", "no", "nos", "vs", "v", "inc", "corp", "co", "ltd",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
      "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "approx", "est", "dept", "univ", "assn", "bros", "pres",
      "supt", "messrs", "mme", "mlle", "hon", "rt", "fig", "op", "al");

  private static final int MAX_ABBREVIATION = 8;
  /** Closing quotes and brackets of CJK text. */
  private static final String CJK_CLOSERS = "」』）】〉》";

  private SentenceEnds() {}

  /** The offset just past the first sentence of {@code s}, or {@code s.length()} if it has one sentence. */
  public static int first(String s) {
    return next(s, 0);
  }

  /** The offset just past the sentence that starts at {@code from}. */
  public static int next(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (Text.isCjkStop(c)) {
        // Chinese and Japanese run the next sentence on without a space; a closing bracket may follow.
        int end = i + 1;
        while (end < n && (Text.isCloser(s.charAt(end)) || CJK_CLOSERS.indexOf(s.charAt(end)) >= 0)) {
          end++;
        }
        return end;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n && Text.isCloser(s.charAt(end))) {
        end++;
      }
      if (end >= n) {
        return n;
      }
      if (!Character.isWhitespace(s.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      if (next >= n) {
        return n;
      }
      char start = s.charAt(next);
      boolean opens = Character.isUpperCase(start) || Character.isDigit(start) || Text.isQuoteMark(start)
          || start == '‘' || start == '\'' || start == '(';
      if (opens && (c != '.' || !isAbbreviation(s, i))) {
        return end;
      }
    }
    return n;
  }

  /** True when the word ending at the full stop at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String s, int dot) {
    // Abbreviations are short: looking back a few characters keeps "a.b.c.d..." runs linear.
    int start = dot;
    int limit = Math.max(0, dot - MAX_ABBREVIATION);
    while (start > limit && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
      start--;
    }
    int len = dot - start;
    if (len == 0) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(s.charAt(start))) {
      return true;
    }
    return ABBREVIATIONS.contains(Text.lower(s.substring(start, dot)));
  }
}
