package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;

/**
 * What the name lists and the form of a word say of it: a given name, a family name, an ordinary English word,
 * an initial. Asked of single tokens by the run finder and by the person verdict alike.
 */
final class NameEvidence {
  private static final Gazetteer G = Gazetteer.get();

  private NameEvidence() {}

  /** A given name by the lists, hyphenated ones ("Marie-Claude", "Jae-in") by their parts. */
  static boolean isGiven(Tokens tokens, int t) {
    String key = tokens.key(t);
    if (G.isGiven(key)) {
      return true;
    }
    int dash = key.indexOf('-');
    return dash > 0 && G.isGiven(key.substring(0, dash));
  }

  /** A family name by the lists, or by its form when it is no ordinary word or place. */
  static boolean isFamily(Tokens tokens, int t) {
    String key = tokens.key(t);
    return G.isFamily(key) || !G.common.contains(key) && !G.isPlace(key)
        && NameShapes.looksLikeFamilyName(key, tokens.text(t));
  }

  /** An ordinary English word by the lists or by its form: "Geophysics", "Waterways", "Management". */
  static boolean isOrdinaryWord(Tokens tokens, int t) {
    String k = tokens.key(t);
    if (G.common.contains(k)) {
      return true;
    }
    return k.length() > 5 && (k.endsWith("ics") || k.endsWith("ology") || k.endsWith("ways") || k.endsWith("tion")
        || k.endsWith("tions") || k.endsWith("ment") || k.endsWith("ments") || k.endsWith("ness")
        || k.endsWith("ism") || k.endsWith("ity") || k.endsWith("ance") || k.endsWith("ence"));
  }

  /** Every word of {@code [from, to)} is a name, an initial, a particle or hyphenated. */
  static boolean allNameWords(Tokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!(G.isName(tokens.key(t)) || isFamily(tokens, t) || NameFinder.isInitial(tokens, t)
          || tokens.in(t, WordList.NAME_PARTICLES) || tokens.key(t).indexOf('-') > 0)) {
        return false;
      }
    }
    return true;
  }

  /** No word in {@code [from, to)} is an ordinary English word that is not also a name. */
  static boolean noCommonWords(Tokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (isOrdinaryWord(tokens, t) && !G.isName(tokens.key(t))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasInitial(Tokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (NameFinder.isInitial(tokens, t)) {
        return true;
      }
    }
    return false;
  }

  /** An organisation word before the last word ("League" in "Major League Baseball"); a Korean "Park" first
   * is a family name. */
  static boolean organisationWordInside(Tokens tokens, int from, int to) {
    for (int t = from; t < to - 1; t++) {
      if (tokens.in(t, WordList.ORGANISATION_CORE_WORDS) && !(t == from && G.asianFamily.contains(tokens.key(t)))) {
        return true;
      }
    }
    return false;
  }

  /** "S. Korea", "N. Ireland": a compass point abbreviated before a place. */
  static boolean isCompassInitial(Tokens tokens, int t) {
    return tokens.is(t, "N.") || tokens.is(t, "S.") || tokens.is(t, "E.") || tokens.is(t, "W.");
  }
}
