package io.github.lede.extract.people;

/**
 * A token of text for name finding: a word (letters and digits, with inner apostrophes and hyphens: "O'Brien",
 * "Jae-in"), an initial or abbreviation with its dot ("F.", "Mr."), a line break, or one punctuation
 * character. A possessive "'s" is a token of its own, so "Putin's" yields the name "Putin".
 */
final class Token {
  enum Kind { WORD, PUNCT, NEWLINE }

  final Kind kind;
  final int start;
  final int end;
  final String text;
  /** Lower case, without a trailing dot: the key for word lists. */
  final String key;
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

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  /** Capitals each followed by a dot: "F." in "John F. Kennedy", "O.J." in "O.J. Simpson". */
  boolean isInitial() {
    if (kind != Kind.WORD || text.length() < 2 || text.length() % 2 != 0
        || text.length() > 2 && Lexicon.NEVER_NAMES.contains(key)) {
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
