package io.github.lede.extract.people;

import java.util.List;
import java.util.Set;

/**
 * Firms named after people, known by how their names end: "Chrysler Corp", "Harris Upham and Co", "Alex.
 * Brown and Sons Inc", "James Capel & Co", "Lazard Freres Ltd", and the first partner of a listed pair, "Smith Barney,
 * Harris Upham and Co". The name before such an ending is a firm's, however much it looks like a person's.
 */
final class Firms {
  /** Words that, after "and" or "&", end a firm's name. */
  private static final Set<String> PARTNERS = Set.of("co", "cos", "company", "sons", "son", "partners",
      "brothers", "associates", "cie");
  /** Words that end a firm's name straight after it. */
  private static final Set<String> SUFFIXES = Set.of("inc", "corp", "co", "ltd", "plc", "llc", "gmbh", "ag",
      "sa", "nv", "bv", "cie", "cos");

  private Firms() {}

  /** Whether a firm's ending follows the run ending at token {@code to}. */
  static boolean endingAfter(List<Token> tokens, int to) {
    if (endsHere(tokens, to)) {
      return true;
    }
    // "Smith Barney, Harris Upham and Co": one more capitalised run between commas.
    if (to + 1 < tokens.size() && tokens.get(to).isPunct(',') && NameFinder.isNameWord(tokens.get(to + 1))) {
      int next = NameFinder.runEnd(tokens, to + 1);
      return next - to - 1 <= 3 && endsHere(tokens, next);
    }
    return false;
  }

  /** Whether the run [from, to) ends in a firm's suffix: "Chrysler Corp", "E.F. Hutton Group Inc". */
  static boolean endsInSuffix(List<Token> tokens, int from, int to) {
    return to - from >= 2 && SUFFIXES.contains(tokens.get(to - 1).key);
  }

  private static boolean endsHere(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (t.isWord() && t.capitalised && SUFFIXES.contains(t.key)) {
      return true;
    }
    boolean and = t.isWord() && t.key.equals("and") || t.isPunct('&');
    return and && i + 1 < tokens.size() && tokens.get(i + 1).capitalised
        && PARTNERS.contains(tokens.get(i + 1).key);
  }
}
