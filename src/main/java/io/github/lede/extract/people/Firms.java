package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;

/**
 * Firms named after people, known by how their names end: "Chrysler Corp", "Harris Upham and Co", "Alex.
 * Brown and Sons Inc", "James Capel & Co", "Lazard Freres Ltd", and the first partner of a listed pair, "Smith
 * Barney, Harris Upham and Co". The name before such an ending ({@link WordList#FIRM_ENDINGS}, or "and" and
 * one of {@link WordList#FIRM_PARTNERS}) is a firm's, however much it looks like a person's.
 */
final class Firms {
  private Firms() {}

  /** Whether a firm's ending follows the run ending at token {@code to}. */
  static boolean endingAfter(Tokens tokens, int to) {
    if (endsHere(tokens, to)) {
      return true;
    }
    // "Smith Barney, Harris Upham and Co": one more capitalised run between commas.
    if (to + 1 < tokens.size() && tokens.isPunct(to, ',') && NameFinder.isNameWord(tokens, to + 1)) {
      int next = NameFinder.runEnd(tokens, to + 1);
      return next - to - 1 <= 3 && endsHere(tokens, next);
    }
    return false;
  }

  /** Whether the run [from, to) ends in a firm's legal form: "Chrysler Corp", "E.F. Hutton Group Inc". */
  static boolean endsInSuffix(Tokens tokens, int from, int to) {
    return to - from >= 2 && tokens.in(to - 1, WordList.FIRM_ENDINGS);
  }

  private static boolean endsHere(Tokens tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    if (tokens.isWord(i) && tokens.capitalised(i) && tokens.in(i, WordList.FIRM_ENDINGS)) {
      return true;
    }
    boolean and = tokens.isWord(i) && tokens.keyIs(i, "and") || tokens.isPunct(i, '&');
    return and && i + 1 < tokens.size() && tokens.capitalised(i + 1) && tokens.in(i + 1, WordList.FIRM_PARTNERS);
  }
}
