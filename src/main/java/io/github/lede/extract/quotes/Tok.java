package io.github.lede.extract.quotes;

import io.github.lede.text.Lexicon;
import io.github.lede.text.WordList;
import java.util.Locale;

/**
 * A token of the clause around a quote: a word ("Sen.", "U.S.", "Jae-in", a possessive "'s" on its own), one
 * punctuation character, or a whole quote already found, which attribution reads as one opaque token.
 */
final class Tok {
  enum Kind { WORD, PUNCT, QUOTE }

  /** Verbs that attribute a quote to their subject: of saying, and of reporting ("the Post reported"). */
  static final long ATTRIBUTING = WordList.any(WordList.SPEECH_VERBS, WordList.REPORT_VERBS);
  /** Words that name a time: days, months, parts of the day, "week", "month", "year", "weekend". */
  static final long TIME_WORDS = WordList.any(WordList.WEEKDAYS, WordList.MONTHS, WordList.MONTH_ABBREVIATIONS,
      WordList.PARTS_OF_DAY, WordList.CALENDAR_PERIODS);

  final Kind kind;
  final int start;
  final int end;
  /** Lower case, without a trailing dot, curly apostrophes made straight: the key for word lists. */
  final String key;
  final boolean capitalised;
  /** The word lists the key is in ({@link Lexicon#of}). */
  final long lists;

  Tok(Kind kind, int start, int end, String text) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    String k = text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    this.key = k.toLowerCase(Locale.ROOT).replace('’', '\'');
    this.capitalised = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    this.lists = kind == Kind.WORD ? Lexicon.of(key) : 0;
  }

  boolean in(WordList list) {
    return (lists & list.bit) != 0;
  }

  boolean inAny(long lists) {
    return (this.lists & lists) != 0;
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
