package io.github.lede.extract.people;

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
  private static String ofRoleBefore(String text, List<Token> tokens, int last) {
    for (int i = last - 1; i >= 0 && last - i <= 5; i--) {
      Token t = tokens.get(i);
      if (!t.isWord() || t.capitalised) {
        return null;
      }
      if (t.in(WordList.LOWER_CASE_ROLES) && tokens.get(i + 1).key.equals("of")) {
        for (int j = i + 2; j <= last; j++) {
          if (Roles.isDeterminer(tokens.get(j))) {
            return null;
          }
        }
        return text.substring(t.start, tokens.get(last).end);
      }
    }
    return null;
  }

  /** A word that opens a role: "chief", "race", "agricultural", or a capitalised body ("Council member"). */
  private static boolean isRolePrefix(Token t) {
    if (!t.isWord() || t.key.equals("the") || t.key.equals("a") || t.key.equals("an") || t.key.equals("'s")) {
      return false;
    }
    if (t.capitalised) {
      return t.in(WordList.ROLE_BODIES);
    }
    return Character.isLetter(t.text.charAt(0)) && !t.in(WordList.ROLE_STOPS)
        && !Roles.isDeterminer(t);
  }

  /** The run starting at {@code from} is followed by a comma: "chair, Orla Kinsella, wrote". */
  private static boolean closesWithComma(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && (NameFinder.isNameWord(tokens.get(i)) || tokens.get(i).in(WordList.NAME_PARTICLES))) {
      i++;
    }
    return i < tokens.size() && tokens.get(i).isPunct(',');
  }

  /**
   * "analyst Jane Doe", "striker Alan Shearer", "The group's chair, Orla Kinsella, wrote": a lower-case role
   * just before the run, or just before a comma that opens a name set off by commas.
   */
  static String lowerRoleBefore(String text, List<Token> tokens, int from) {
    if (from == 0) {
      return null;
    }
    int at = from - 1;
    boolean commaSet = tokens.get(at).isPunct(',') && from >= 2 && closesWithComma(tokens, from);
    if (commaSet) {
      at--;
    }
    Token prev = tokens.get(at);
    if (!(prev.isWord() && !prev.capitalised && prev.in(WordList.LOWER_CASE_ROLES))) {
      // Only set off by commas may a role bring its of-phrase: "head of product security, Anika Sharma";
      // "president of Argentina" names no one.
      return commaSet ? ofRoleBefore(text, tokens, at) : null;
    }
    // Back over the words that make the role: "chief executive", "city manager", "Council member".
    int first = at;
    while (first > 0 && at - first < 3 && isRolePrefix(tokens.get(first - 1))) {
      first--;
    }
    return text.substring(tokens.get(first).start, prev.end);
  }
}
