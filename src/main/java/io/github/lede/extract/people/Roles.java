package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Roles described after a name: "Kim Su Yeon, a senior fellow at the Carrow Centre", "Hamish Drummond, chief
 * executive of Norvale", "Anika Sharma, head of product security at Latchwell". The role is the run of
 * lower-case words after the comma, up to the organisation it belongs to.
 */
final class Roles {
  private static final int MAX_WORDS = 5;
  /** The lists of nouns for a person's job or role. */
  private static final long ROLE_NOUNS = WordList.any(WordList.PERSON_NOUNS, WordList.LOWER_CASE_ROLES,
      WordList.TITLE_WORDS);

  private Roles() {}

  /** The longest role kept, in characters: a longer one is a sentence, a list or a hostile input. */
  static final int MAX_CHARS = 100;

  /**
   * A person's role from the one written before the name and the one described after it: the described one
   * names it better than a courtesy title ("Mr."), and is no evidence of a person by itself ("Norvale, a
   * manufacturer of ..."). Null for none, or for one over {@link #MAX_CHARS} characters.
   */
  static String preferDescribed(String before, String described) {
    String role = described != null && (before == null || WordList.HONORIFICS.contains(before)) ? described : before;
    return role != null && role.length() > MAX_CHARS ? null : role;
  }

  /** The role described after the name ending at token {@code to}, or null. */
  static String after(Tokens tokens, int to, String source) {
    if (to + 1 >= tokens.size() || !tokens.isPunct(to, ',')) {
      return null;
    }
    int i = to + 1;
    int t = i;
    if (tokens.isWord(t) && (tokens.keyIs(t, "a") || tokens.keyIs(t, "an") || tokens.keyIs(t, "the"))) {
      i++;
    }
    // "Jang Woo-sung, Choi's lawyer": skip whose role it is.
    // "Choi's lawyer", "the company's chief executive": skip whose role it is.
    int owner = i;
    while (owner < tokens.size() && owner - i < 4 && tokens.isWord(owner)
        && !tokens.keyIs(owner, "'s") && !isRoleNoun(tokens, owner)
        && !tokens.in(owner, WordList.ROLE_STOPS)) {
      owner++;
    }
    if (owner > i && owner < tokens.size() && tokens.keyIs(owner, "'s")) {
      i = owner + 1;
    }
    int start = i;
    int end = i;
    while (end < tokens.size() && end - start < MAX_WORDS && isRoleWord(tokens, end)) {
      end++;
    }
    // "a lawyer representing the workers": the role ends with its last job noun.
    while (end > start && !isRoleNoun(tokens, end - 1)) {
      end--;
    }
    if (end == start) {
      return null;
    }
    // "head of product security": the lower-case of-phrase is part of the role; "chief executive of Norvale"
    // stops before the name.
    if (end + 1 < tokens.size() && tokens.keyIs(end, "of") && tokens.in(end - 1, WordList.OF_ROLES)
        && isRoleWord(tokens, end + 1) && !isDeterminer(tokens, end + 1)) {
      int j = end + 1;
      while (j < tokens.size() && j - start < MAX_WORDS + 3 && isRoleWord(tokens, j)) {
        j++;
      }
      end = j;
    }
    return source.substring(tokens.start(start), tokens.end(end - 1));
  }

  static boolean isDeterminer(Tokens tokens, int t) {
    return tokens.in(t, WordList.DETERMINERS);
  }

  private static boolean isRoleWord(Tokens tokens, int t) {
    return tokens.isWord(t) && !tokens.capitalised(t) && !tokens.in(t, WordList.ROLE_STOPS) && !isDeterminer(tokens, t)
        && Character.isLetter(tokens.first(t));
  }

  /** A noun for a person's job: listed, or formed like one ("geocryologist", "crofter", "maintainer"). */
  static boolean isRoleNoun(Tokens tokens, int t) {
    String k = tokens.key(t);
    if (tokens.inAny(t, ROLE_NOUNS)) {
      // qualifiers listed among the title words, which are no jobs by themselves
      return !k.equals("former") && !k.equals("senior");
    }
    return k.length() > 4 && (k.endsWith("ist") || k.endsWith("er") || k.endsWith("or") || k.endsWith("ian")
        || k.endsWith("man") || k.endsWith("woman") || k.endsWith("person") || k.endsWith("ee")
        || k.endsWith("ant") || k.endsWith("ent")) && !Gazetteer.get().isPlace(k);
  }
}
