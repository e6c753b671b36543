package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
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
  static boolean particleOpensCompany(Tokens tokens, int from, int to) {
    int i = from;
    while (i < to && tokens.in(i, WordList.NAME_PARTICLES)) {
      i++;
    }
    return i > from + 1 && to - i >= 2;
  }

  static boolean locativeBefore(Tokens tokens, int from) {
    if (from == 0 || !tokens.isWord(from - 1)) {
      return false;
    }
    return switch (tokens.key(from - 1)) {
      case "in", "near", "outside", "across", "throughout", "around", "into", "towards", "toward" -> true;
      default -> false;
    };
  }

  /** "Department for Rural Waterways", "Council on Foreign Relations": the rest of an organisation's name. */
  static boolean namePartOfOrganisation(Tokens tokens, int from) {
    if (from < 2) {
      return false;
    }
    String link = tokens.key(from - 1);
    int before = from - 2;
    return (link.equals("for") || link.equals("of") || link.equals("on")) && tokens.capitalised(before)
        && tokens.in(before, WordList.ORGANISATION_CORE_WORDS);
  }

  static boolean precededByThe(Tokens tokens, int from) {
    return from > 0 && tokens.isWord(from - 1) && tokens.keyIs(from - 1, "the");
  }

  /** "Putin said", "Putin, who ... said" is not looked at; "Putin told reporters", "Putin 's". */
  static boolean speechAfter(Tokens tokens, int to) {
    return to < tokens.size() && tokens.isWord(to) && tokens.inAny(to, SPEAKING)
        && !tokens.capitalised(to);
  }

  /** "said Jenny Town", "according to Jenny Town". */
  static boolean speechBefore(Tokens tokens, int from) {
    if (from >= 1 && tokens.isWord(from - 1)) {
      String k = tokens.key(from - 1);
      // Not "told": who is told listens.
      if (k.equals("said") || k.equals("says") || k.equals("added") || k.equals("wrote")) {
        return true;
      }
      if (k.equals("to") && from >= 2 && tokens.keyIs(from - 2, "according")) {
        return true;
      }
    }
    return false;
  }

  /** "Lennart Meri, 67, has ...": an age between commas follows only people. */
  static boolean ageAfter(Tokens tokens, int to) {
    if (to + 2 >= tokens.size() || !tokens.isPunct(to, ',')) {
      return false;
    }
    int t = to + 1;
    return tokens.isWord(t) && tokens.length(t) <= 3 && allDigits(tokens.text(t)) && Integer.parseInt(tokens.text(t)) < 120
        && (tokens.isPunct(to + 2, ',') || tokens.isPunct(to + 2, ')'));
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
  static boolean appositionAfter(Tokens tokens, int to) {
    if (to + 1 >= tokens.size() || !tokens.isPunct(to, ',')) {
      return false;
    }
    int i = to + 1;
    int t = i;
    if (tokens.isWord(t) && (tokens.keyIs(t, "a") || tokens.keyIs(t, "an") || tokens.keyIs(t, "the"))) {
      i++;
    }
    for (int n = 0; n < 4 && i < tokens.size() && tokens.isWord(i); n++, i++) {
      String key = tokens.key(i);
      // "X, who ...", "X, aged 45": only people are described so
      if (tokens.in(i, WordList.PERSON_NOUNS) || isProfession(key) || key.equals("who") || key.equals("whose")
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
