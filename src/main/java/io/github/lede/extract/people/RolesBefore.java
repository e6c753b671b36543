package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Roles written before a name: "analyst Jane Doe", "Newcastle striker Alan Shearer", "Council member April
 * Mendoza", and, set off by commas, "The group's chair, Orla Kinsella, wrote" or "Latchwell's head of
 * product security, Anika Sharma". {@link Roles} reads the ones written after.
 */
final class RolesBefore {
  private RolesBefore() {}

  /** "Latchwell's head of product security, Anika Sharma": a role with its of-phrase, read backwards. */
  private static String ofRoleBefore(String text, Tokens tokens, int last) {
    for (int i = last - 1; i >= 0 && last - i <= 5; i--) {
      int t = i;
      if (!tokens.isWord(t) || tokens.capitalised(t)) {
        return null;
      }
      if (tokens.in(t, WordList.LOWER_CASE_ROLES) && tokens.keyIs(i + 1, "of")) {
        for (int j = i + 2; j <= last; j++) {
          if (Roles.isDeterminer(tokens, j)) {
            return null;
          }
        }
        return text.substring(tokens.start(t), tokens.end(last));
      }
    }
    return null;
  }

  /** A word that opens a role: "chief", "race", "agricultural", or a capitalised body ("Council member"). */
  private static boolean isRolePrefix(Tokens tokens, int t) {
    if (!tokens.isWord(t) || tokens.keyIs(t, "the") || tokens.keyIs(t, "a") || tokens.keyIs(t, "an") || tokens.keyIs(t, "'s")) {
      return false;
    }
    if (tokens.capitalised(t)) {
      return tokens.in(t, WordList.ROLE_BODIES);
    }
    return Character.isLetter(tokens.first(t)) && !tokens.in(t, WordList.ROLE_STOPS)
        && !Roles.isDeterminer(tokens, t);
  }

  /** The run starting at {@code from} is followed by a comma: "chair, Orla Kinsella, wrote". */
  private static boolean closesWithComma(Tokens tokens, int from) {
    int i = from;
    while (i < tokens.size() && (NameFinder.isNameWord(tokens, i) || tokens.in(i, WordList.NAME_PARTICLES))) {
      i++;
    }
    return i < tokens.size() && tokens.isPunct(i, ',');
  }

  /**
   * "analyst Jane Doe", "striker Alan Shearer", "The group's chair, Orla Kinsella, wrote": a lower-case role
   * just before the run, or just before a comma that opens a name set off by commas.
   */
  static String lowerRoleBefore(String text, Tokens tokens, int from) {
    if (from == 0) {
      return null;
    }
    int at = from - 1;
    boolean commaSet = tokens.isPunct(at, ',') && from >= 2 && closesWithComma(tokens, from);
    if (commaSet) {
      at--;
    }
    int prev = at;
    if (!(tokens.isWord(prev) && !tokens.capitalised(prev) && tokens.in(prev, WordList.LOWER_CASE_ROLES))) {
      // Only set off by commas may a role bring its of-phrase: "head of product security, Anika Sharma";
      // "president of Argentina" names no one.
      return commaSet ? ofRoleBefore(text, tokens, at) : null;
    }
    // Back over the words that make the role: "chief executive", "city manager", "Council member".
    int first = at;
    while (first > 0 && at - first < 3 && isRolePrefix(tokens, first - 1)) {
      first--;
    }
    return text.substring(tokens.start(first), tokens.end(prev));
  }
}
