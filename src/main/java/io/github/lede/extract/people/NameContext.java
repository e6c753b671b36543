package io.github.lede.extract.people;

import io.github.lede.text.WordList;
import java.util.List;

/**
 * What stands around a run of capitalised words and says whether it names a person: a speech verb after or
 * before it, an age or a job after a comma, a locative preposition before it, "the" before it, or the words
 * of an organisation's name around it.
 */
final class NameContext {
  /** Verbs whose subject speaks or gives a view: "Putin said", "Smith believes". */
  private static final long SPEAKING = WordList.any(WordList.SPEECH_VERBS, WordList.OPINION_VERBS);

  private NameContext() {}

  /**
   * "Van der Meulen Baggerwerken": a surname with its particles says who; a second word after it makes the
   * run a firm named after someone, not a person ("van der Berg" alone is a surname).
   */
  static boolean particleOpensCompany(List<Token> tokens, int from, int to) {
    int i = from;
    while (i < to && tokens.get(i).in(WordList.NAME_PARTICLES)) {
      i++;
    }
    return i > from + 1 && to - i >= 2;
  }

  static boolean locativeBefore(List<Token> tokens, int from) {
    if (from == 0 || !tokens.get(from - 1).isWord()) {
      return false;
    }
    return switch (tokens.get(from - 1).key) {
      case "in", "near", "outside", "across", "throughout", "around", "into", "towards", "toward" -> true;
      default -> false;
    };
  }

  /** "Department for Rural Waterways", "Council on Foreign Relations": the rest of an organisation's name. */
  static boolean namePartOfOrganisation(List<Token> tokens, int from) {
    if (from < 2) {
      return false;
    }
    String link = tokens.get(from - 1).key;
    Token before = tokens.get(from - 2);
    return (link.equals("for") || link.equals("of") || link.equals("on")) && before.capitalised
        && before.in(WordList.ORGANISATION_CORE_WORDS);
  }

  static boolean precededByThe(List<Token> tokens, int from) {
    return from > 0 && tokens.get(from - 1).isWord() && tokens.get(from - 1).key.equals("the");
  }

  /** "Putin said", "Putin, who ... said" is not looked at; "Putin told reporters", "Putin 's". */
  static boolean speechAfter(List<Token> tokens, int to) {
    return to < tokens.size() && tokens.get(to).isWord() && tokens.get(to).inAny(SPEAKING)
        && !tokens.get(to).capitalised;
  }

  /** "said Jenny Town", "according to Jenny Town". */
  static boolean speechBefore(List<Token> tokens, int from) {
    if (from >= 1 && tokens.get(from - 1).isWord()) {
      String k = tokens.get(from - 1).key;
      // Not "told": who is told listens.
      if (k.equals("said") || k.equals("says") || k.equals("added") || k.equals("wrote")) {
        return true;
      }
      if (k.equals("to") && from >= 2 && tokens.get(from - 2).key.equals("according")) {
        return true;
      }
    }
    return false;
  }

  /** "Lennart Meri, 67, has ...": an age between commas follows only people. */
  static boolean ageAfter(List<Token> tokens, int to) {
    if (to + 2 >= tokens.size() || !tokens.get(to).isPunct(',')) {
      return false;
    }
    Token t = tokens.get(to + 1);
    return t.isWord() && t.text.length() <= 3 && allDigits(t.text) && Integer.parseInt(t.text) < 120
        && (tokens.get(to + 2).isPunct(',') || tokens.get(to + 2).isPunct(')'));
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** "Jenny Town, a senior fellow at ...": a person described after a comma. */
  static boolean appositionAfter(List<Token> tokens, int to) {
    if (to + 1 >= tokens.size() || !tokens.get(to).isPunct(',')) {
      return false;
    }
    int i = to + 1;
    Token t = tokens.get(i);
    if (t.isWord() && (t.key.equals("a") || t.key.equals("an") || t.key.equals("the"))) {
      i++;
    }
    for (int n = 0; n < 4 && i < tokens.size() && tokens.get(i).isWord(); n++, i++) {
      String key = tokens.get(i).key;
      // "X, who ...", "X, aged 45": only people are described so
      if (tokens.get(i).in(WordList.PERSON_NOUNS) || isProfession(key) || key.equals("who") || key.equals("whose")
          || key.equals("aged")) {
        return true;
      }
    }
    return false;
  }

  /** "biologist", "physician", "photographer": professions by their endings, which companies do not take. */
  static boolean isProfession(String key) {
    return key.length() > 5 && (key.endsWith("ist") || key.endsWith("ician") || key.endsWith("grapher")
        || key.endsWith("ologer"));
  }
}
