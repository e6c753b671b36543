package io.github.lede.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import io.github.lede.text.WordList;

/** Splits a stretch of a field's text into {@link Tok}s, one pass; quotes inside it become single tokens. */
final class Tokens {
  private Tokens() {}

  /**
   * The tokens of {@code s[from, to)}. A quote in {@code quotes} (sorted) that opens inside the stretch becomes
   * one {@link Tok.Kind#QUOTE} token reaching to its closing mark.
   */
  static List<Tok> of(String s, int from, int to, List<QuoteSpan> quotes, int firstQuote) {
    List<Tok> out = new ArrayList<>(Math.max(4, (to - from) / 5));
    int q = firstQuote;
    while (q < quotes.size() && quotes.get(q).open() < from) {
      q++;
    }
    int i = from;
    while (i < to) {
      if (q < quotes.size() && quotes.get(q).open() == i) {
        QuoteSpan span = quotes.get(q++);
        int end = Math.min(to, span.close());
        out.add(new Tok(Tok.Kind.QUOTE, i, end, "\""));
        i = Math.max(end, i + 1);
        continue;
      }
      char c = s.charAt(i);
      if (Marks.isSpace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(s, i, to, out);
      } else if ((c == '\'' || c == '’') && isPossessive(s, i, to)) {
        out.add(new Tok(Tok.Kind.WORD, i, i + 2, s.substring(i, i + 2)));
        i += 2;
      } else if ((c == '\'' || c == '’') && i > from && s.charAt(i - 1) == 's'
          && (i + 1 >= to || Marks.isSpace(s.charAt(i + 1)))) {
        // the plural possessive of "the Pastoralists' Forum"
        out.add(new Tok(Tok.Kind.WORD, i, i + 1, "'"));
        i++;
      } else {
        out.add(new Tok(Tok.Kind.PUNCT, i, i + 1, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  private static int word(String s, int start, int to, List<Tok> out) {
    int i = start;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (c == '.' && i + 1 < to && Character.isLetter(s.charAt(i + 1)) && Character.isLetter(s.charAt(i - 1))
          && (i - 1 == start || s.charAt(i - 2) == '.' || s.charAt(i - 2) == '-')) {
        // the inner dots of "U.S." and "a.m.", and of a party and state: "D-N.C."
        i++;
      } else if (c == '/' && i + 1 < to && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i - 1))) {
        // "9/11", "24/7"
        i++;
      } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1))
          && !(c != '-' && isPossessive(s, i, to))) {
        // inner hyphens and apostrophes: "Jae-in", "O'Brien"
        i++;
      } else {
        break;
      }
    }
    int end = i;
    if (end < to && s.charAt(end) == '.') {
      String k = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
      // "Sen.", "Wis." of "(R-Wis.)", initials, "U.S."
      int dash = k.lastIndexOf('-');
      String last = k.substring(dash + 1);
      if (WordList.ABBREVIATIONS.contains(last) || dash > 0 && WordList.STATE_ABBREVIATIONS_ALSO_WORDS.contains(last) || isStateAfterTown(s, start, k)
          || end - start == 1 && Character.isUpperCase(s.charAt(start))
          || k.indexOf('.') > 0) {
        end++;
      }
    }
    out.add(new Tok(Tok.Kind.WORD, start, end, s.substring(start, end)));
    return end;
  }

  /** "Springfield, Ill.": a capitalised state abbreviation right after a comma keeps its dot. */
  private static boolean isStateAfterTown(String s, int start, String key) {
    if (!Character.isUpperCase(s.charAt(start)) || !WordList.STATE_ABBREVIATIONS_ALSO_WORDS.contains(key) || key.length() < 2) {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && s.charAt(i) == ',';
  }

  /** "'s" or "’s" closing a word. */
  private static boolean isPossessive(String s, int i, int to) {
    return i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < to
        && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
        && (i + 2 >= to || !Character.isLetterOrDigit(s.charAt(i + 2)));
  }
}
