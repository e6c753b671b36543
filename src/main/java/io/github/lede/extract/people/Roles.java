package io.github.lede.extract.people;

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

  /** The role described after the name ending at token {@code to}, or null. */
  static String after(List<Token> tokens, int to, String source) {
    if (to + 1 >= tokens.size() || !tokens.get(to).isPunct(',')) {
      return null;
    }
    int i = to + 1;
    Token t = tokens.get(i);
    if (t.isWord() && (t.key.equals("a") || t.key.equals("an") || t.key.equals("the"))) {
      i++;
    }
    // "Jang Woo-sung, Choi's lawyer": skip whose role it is.
    // "Choi's lawyer", "the company's chief executive": skip whose role it is.
    int owner = i;
    while (owner < tokens.size() && owner - i < 4 && tokens.get(owner).isWord()
        && !tokens.get(owner).key.equals("'s") && !isRoleNoun(tokens.get(owner))
        && !tokens.get(owner).in(WordList.ROLE_STOPS)) {
      owner++;
    }
    if (owner > i && owner < tokens.size() && tokens.get(owner).key.equals("'s")) {
      i = owner + 1;
    }
    int start = i;
    int end = i;
    while (end < tokens.size() && end - start < MAX_WORDS && isRoleWord(tokens.get(end))) {
      end++;
    }
    // "a lawyer representing the workers": the role ends with its last job noun.
    while (end > start && !isRoleNoun(tokens.get(end - 1))) {
      end--;
    }
    if (end == start) {
      return null;
    }
    // "head of product security": the lower-case of-phrase is part of the role; "chief executive of Norvale"
    // stops before the name.
    if (end + 1 < tokens.size() && tokens.get(end).key.equals("of") && tokens.get(end - 1).in(WordList.OF_ROLES)
        && isRoleWord(tokens.get(end + 1)) && !isDeterminer(tokens.get(end + 1))) {
      int j = end + 1;
      while (j < tokens.size() && j - start < MAX_WORDS + 3 && isRoleWord(tokens.get(j))) {
        j++;
      }
      end = j;
    }
    return source.substring(tokens.get(start).start, tokens.get(end - 1).end);
  }

  static boolean isDeterminer(Token t) {
    return t.in(WordList.DETERMINERS);
  }

  private static boolean isRoleWord(Token t) {
    return t.isWord() && !t.capitalised && !t.in(WordList.ROLE_STOPS) && !isDeterminer(t)
        && Character.isLetter(t.text.charAt(0));
  }

  /** A noun for a person's job: listed, or formed like one ("geocryologist", "crofter", "maintainer"). */
  static boolean isRoleNoun(Token t) {
    String k = t.key;
    if (t.inAny(ROLE_NOUNS)) {
      // qualifiers listed among the title words, which are no jobs by themselves
      return !k.equals("former") && !k.equals("senior");
    }
    return k.length() > 4 && (k.endsWith("ist") || k.endsWith("er") || k.endsWith("or") || k.endsWith("ian")
        || k.endsWith("man") || k.endsWith("woman") || k.endsWith("person") || k.endsWith("ee")
        || k.endsWith("ant") || k.endsWith("ent")) && !Gazetteer.get().isPlace(k);
  }
}
