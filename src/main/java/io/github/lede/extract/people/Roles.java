package io.github.lede.extract.people;

import java.util.List;
import java.util.Set;

/**
 * Roles described after a name: "Kim Su Yeon, a senior fellow at the Carrow Centre", "Hamish Drummond, chief
 * executive of Norvale", "Anika Sharma, head of product security at Latchwell". The role is the run of
 * lower-case words after the comma, up to the organisation it belongs to.
 */
final class Roles {
  private static final Set<String> STOPS = Set.of(
      "at", "of", "for", "with", "in", "on", "from", "to", "who", "whose", "which", "that", "and", "said", "says",
      "told", "has", "had", "is", "was", "will", "would", "based", "whom", "since", "by", "near", "outside");

  /** Roles whose "of" phrase belongs to them while it stays in lower case: "head of product security". */
  private static final Set<String> OF_ROLES = Set.of(
      "head", "director", "minister", "secretary", "chair", "chairman", "chairwoman", "dean", "professor",
      "chief", "president", "member", "governor");

  private static final int MAX_WORDS = 5;

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
        && !STOPS.contains(tokens.get(owner).key)) {
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
    if (end + 1 < tokens.size() && tokens.get(end).key.equals("of") && OF_ROLES.contains(tokens.get(end - 1).key)
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
    return switch (t.key) {
      case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that" -> true;
      default -> false;
    };
  }

  private static boolean isRoleWord(Token t) {
    return t.isWord() && !t.capitalised && !STOPS.contains(t.key) && !isDeterminer(t)
        && Character.isLetter(t.text.charAt(0));
  }

  /** A noun for a person's job: listed, or formed like one ("geocryologist", "crofter", "maintainer"). */
  static boolean isRoleNoun(Token t) {
    String k = t.key;
    if (Lexicon.PERSON_NOUNS.contains(k) || Lexicon.LOWER_ROLES.contains(k) || Lexicon.TITLE_WORDS.contains(k)) {
      return !k.equals("who") && !k.equals("whose") && !k.equals("aged") && !k.equals("former")
          && !k.equals("senior");
    }
    return k.length() > 4 && (k.endsWith("ist") || k.endsWith("er") || k.endsWith("or") || k.endsWith("ian")
        || k.endsWith("man") || k.endsWith("woman") || k.endsWith("person") || k.endsWith("ee")
        || k.endsWith("ant") || k.endsWith("ent")) && !Gazetteer.get().isPlace(k);
  }
}
