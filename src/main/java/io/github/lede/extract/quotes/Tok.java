package io.github.lede.extract.quotes;

import java.util.Locale;

/**
 * A token of the clause around a quote: a word ("Sen.", "U.S.", "Jae-in", a possessive "'s" on its own), one
 * punctuation character, or a whole quote already found, which attribution reads as one opaque token.
 */
final class Tok {
  enum Kind { WORD, PUNCT, QUOTE }

  final Kind kind;
  final int start;
  final int end;
  /** Lower case, without a trailing dot, curly apostrophes made straight: the key for word lists. */
  final String key;
  final boolean capitalised;

  Tok(Kind kind, int start, int end, String text) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    String k = text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    this.key = k.toLowerCase(Locale.ROOT).replace('’', '\'');
    this.capitalised = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean is(char c) {
    return kind == Kind.PUNCT && key.length() == 1 && key.charAt(0) == c;
  }

  /** An initial: one capital and a dot ("A." of "James A. Baker"), never the article "a". */
  boolean isInitial() {
    return kind == Kind.WORD && capitalised && key.length() == 1 && end - start == 2;
  }

  /** A possessive "'s" standing after the word it belongs to. */
  boolean isPossessive() {
    return kind == Kind.WORD && (key.equals("'s") || key.equals("'"));
  }

  @Override
  public String toString() {
    return key;
  }
}
