package io.github.lede.extract.people;

import io.github.lede.text.Lexicon;
import io.github.lede.text.WordList;

/**
 * A token of text for name finding: a word (letters and digits, with inner apostrophes and hyphens: "O'Brien",
 * "Jae-in"), an initial or abbreviation with its dot ("F.", "Mr."), a line break, or one punctuation
 * character. A possessive "'s" is a token of its own, so "Putin's" yields the name "Putin".
 */
final class Token {
  enum Kind { WORD, PUNCT, NEWLINE }

  /** Months and weekdays, full or abbreviated: never a name alone, though "April" and "Jan" open names. */
  static final long CALENDAR = WordList.any(WordList.MONTHS, WordList.MONTH_ABBREVIATIONS, WordList.WEEKDAYS,
      WordList.WEEKDAY_ABBREVIATIONS);
  /** Capitalised words that are never names by themselves: the calendar's, and the never-names list. */
  static final long NEVER_NAME = CALENDAR | WordList.NEVER_NAMES.bit;

  final Kind kind;
  final int start;
  final int end;
  final String text;
  /** Lower case, without a trailing dot: the key for word lists. */
  final String key;
  /** The word lists the key is in ({@link Lexicon#of}). */
  final long lists;
  /** First letter upper case. */
  final boolean capitalised;
  /** Letters all upper case (and at least two of them). */
  final boolean upper;
  /** The first word of a sentence (after . ! ? a line break or the start), where any word is capitalised. */
  boolean sentenceStart;
  /** In a line written all in capitals (a wire headline), where case says nothing. */
  boolean inCapsLine;

  Token(Kind kind, int start, int end, String text) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    String k = text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    this.key = k.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    this.lists = kind == Kind.WORD ? Lexicon.of(key) : 0;
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    this.capitalised = Character.isUpperCase(first);
    int letters = 0;
    boolean allUpper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        allUpper &= Character.isUpperCase(c);
      }
    }
    this.upper = letters >= 2 && allUpper;
  }

  /** The list key of a word as written: lower case, no trailing dot. */
  static String keyOf(String text) {
    String k = text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    return k.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
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

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  /** Capitals each followed by a dot: "F." in "John F. Kennedy", "O.J." in "O.J. Simpson". */
  boolean isInitial() {
    if (kind != Kind.WORD || text.length() < 2 || text.length() % 2 != 0
        || text.length() > 2 && inAny(NEVER_NAME)) {
      return false;
    }
    for (int i = 0; i < text.length(); i += 2) {
      if (!Character.isUpperCase(text.charAt(i)) || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
