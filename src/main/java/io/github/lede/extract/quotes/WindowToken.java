package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;

/**
 * A token of the stretch of text attribution reads around a quote ({@link Windows}): a token of the field's
 * {@link Tokens}, as the one tokenizer made it, or a whole quote already found, which attribution reads as
 * one opaque token.
 */
final class WindowToken {
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
  /** The word lists the key is in, as {@link WordList#bit}s. */
  final long lists;
  private final boolean possessive;

  /** Token {@code i} of the field's tokens. */
  WindowToken(Tokens tokens, int i) {
    this.kind = tokens.isWord(i) ? Kind.WORD : Kind.PUNCT;
    this.start = tokens.start(i);
    this.end = tokens.end(i);
    this.key = tokens.key(i);
    this.capitalised = tokens.capitalised(i);
    this.lists = tokens.lists(i);
    this.possessive = tokens.possessive(i);
  }

  /** A quote from {@code start} (its opening mark) to {@code end}. */
  WindowToken(int start, int end) {
    this.kind = Kind.QUOTE;
    this.start = start;
    this.end = end;
    this.key = "\"";
    this.capitalised = false;
    this.lists = 0;
    this.possessive = false;
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

  /** A possessive "'s" standing after the word it belongs to, or the "'" after a plural. */
  boolean isPossessive() {
    return possessive;
  }

  @Override
  public String toString() {
    return key;
  }
}
