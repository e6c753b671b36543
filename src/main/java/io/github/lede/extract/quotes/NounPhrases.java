package io.github.lede.extract.quotes;

import io.github.lede.text.WordList;
import java.util.List;

/**
 * Reads the noun phrase that names a speaker, backwards from its verb ("the foreign ministry said", "Kim Su
 * Yeon, a senior fellow at ..., said", "Defence Minister Seo Min-jun said") or forwards after it ("said Kim
 * Su Yeon, a ...", "according to ministry figures"). No parser: word lists and punctuation decide where the
 * phrase ends. Token indexes are inclusive.
 */
final class NounPhrases {
  /** Longest phrase taken as a speaker; anything longer is a clause, not a name. */
  static final int MAX_WORDS = 10;

  /**
   * A phrase: tokens {@code from..to}; {@code reach} is the leftmost token read to find it (an apposition
   * after the name is read but not part of the phrase).
   */
  record Np(int from, int to, int reach) {}

  private NounPhrases() {}

  /** The subject of the verb at {@code verb}, found between {@code lo} and the verb; null when none fits. */
  static Np before(List<WindowToken> t, int verb, int lo) {
    int i = verb - 1;
    while (i >= lo) {
      if (t.get(i).isWord() && isBetween(t.get(i))) {
        i--;
      } else if (i - 1 >= lo && isTimeWord(t.get(i)) && t.get(i - 1).in(WordList.TIME_PREPOSITIONS)) {
        // "Beck on Wednesday called ...": a time between the subject and its verb
        i -= 2;
      } else if (i - 1 >= lo && isTimeWord(t.get(i)) && (isTimeWord(t.get(i - 1)) || isBetween(t.get(i - 1)))) {
        // "Priebus later Thursday told", "Sanders on Tuesday night warned": step over the time word by word
        i--;
      } else {
        break;
      }
    }
    if (i < lo) {
      return null;
    }
    WindowToken last = t.get(i);
    if (last.isWord() && pronoun(last) != null) {
      return new Np(i, i, i);
    }
    if (last.is(',')) {
      return beforeComma(t, i, lo);
    }
    return walkBack(t, i, lo);
  }

  /**
   * "NAME, apposition, said" gives NAME, also with several appositions ("Scott Pruitt, the attorney general
   * of Oklahoma, one of the states suing, said"); "ROLE, NAME, said" gives NAME.
   */
  private static Np beforeComma(List<WindowToken> t, int comma, int lo) {
    for (int round = 0; round < 4; round++) {
      int c = previousComma(t, comma, lo);
      if (c < 0 || c + 1 >= comma) {
        return null;
      }
      if (!isApposition(t, c + 1, comma - 1)) {
        Np np = walkBack(t, comma - 1, c + 1);
        if (np == null || np.from() != c + 1 || afterTown(t, c, lo)) {
          return null;
        }
        Np role = walkBack(t, c - 1, lo);
        return new Np(np.from(), np.to(), role != null ? role.reach() : c + 1);
      }
      Np np = walkBack(t, c - 1, lo);
      if (np == null) {
        return null;
      }
      // the phrase before is itself an apposition ("..., the attorney general of Oklahoma, one of ...")
      if (np.from() - 1 > lo && t.get(np.from() - 1).is(',') && isApposition(t, np.from(), c - 1)) {
        comma = np.from() - 1;
        continue;
      }
      // "Cory James, 22, of Flint, Mich., said": where someone is from
      if (np.from() - 2 > lo && t.get(np.from() - 1).key.equals("of") && t.get(np.from() - 2).is(',')) {
        comma = np.from() - 2;
        continue;
      }
      return np;
    }
    return null;
  }

  /**
   * Whether the comma at {@code c} follows a town named after a preposition ("in Columbus, Ohio, said"):
   * then what follows is the town's state, not a name.
   */
  private static boolean afterTown(List<WindowToken> t, int c, int lo) {
    int i = c - 1;
    while (i >= lo && i > c - 4 && t.get(i).isWord() && t.get(i).capitalised) {
      i--;
    }
    return i < c - 1 && i >= lo && t.get(i).isWord() && !t.get(i).capitalised
        && (t.get(i).key.equals("in") || t.get(i).key.equals("from") || t.get(i).key.equals("near"));
  }

  private static int previousComma(List<WindowToken> t, int comma, int lo) {
    int c = comma - 1;
    int limit = Math.max(lo, comma - 24);
    while (c >= limit && !t.get(c).is(',') && t.get(c).kind != WindowToken.Kind.QUOTE && !isClauseEnd(t.get(c))) {
      c--;
    }
    return c >= lo && t.get(c).is(',') ? c : -1;
  }

  /**
   * An apposition describes rather than names: it opens with a determiner, a relative, a number (an age) or a
   * lower-case word, or is a party and state ("R-Wis.").
   */
  static boolean isApposition(List<WindowToken> t, int from, int to) {
    WindowToken f = t.get(from);
    if (!f.isWord()) {
      return f.is('(');
    }
    if (!f.capitalised || f.in(WordList.DETERMINERS) || Character.isDigit(f.key.charAt(0))) {
      return true;
    }
    if (from == to && f.key.length() <= 8 && f.key.length() > 2 && f.key.charAt(1) == '-'
        && "rdi".indexOf(f.key.charAt(0)) >= 0) {
      return true;
    }
    // a state after a town: "Flint, Mich.,"
    if (from == to && t.get(from).end - t.get(from).start > f.key.length() && WordList.ABBREVIATIONS.contains(f.key)) {
      return true;
    }
    // "South Carolina director for Sanders", "Choi's lawyer": a lower-case role among the capitals
    for (int i = from; i <= to; i++) {
      WindowToken x = t.get(i);
      if (x.isWord() && !x.capitalised && !x.isPossessive() && !x.in(WordList.NP_LINKS)
          && !x.in(WordList.NAME_PARTICLES) && !x.key.equals("and") && Character.isLetter(x.key.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The phrase ending at {@code end}, read backwards no further than {@code lo}. */
  static Np walkBack(List<WindowToken> t, int end, int lo) {
    int e = end;
    if (e >= lo && t.get(e).is(')')) {
      // "Paul D. Ryan (R-Wis.)": the parenthesis follows the name
      int open = e - 1;
      while (open >= lo && open > e - 8 && !t.get(open).is('(')) {
        open--;
      }
      if (open < lo || !t.get(open).is('(')) {
        return null;
      }
      e = open - 1;
    }
    if (e < lo) {
      return null;
    }
    WindowToken head = t.get(e);
    // "the network that were hacked suggested": a verb is no speaker's head
    if (!isNpWord(head) || head.in(WordList.DETERMINERS) || head.in(WordList.NP_LINKS)
        || head.isPossessive() || isVerbLike(head)) {
      return null;
    }
    int j = e;
    while (j - 1 >= lo) {
      WindowToken p = t.get(j - 1);
      if (p.is('&')) {
        j--;
        continue;
      }
      if (!p.isWord()) {
        break;
      }
      if (!p.capitalised && p.in(WordList.NAME_PARTICLES) && t.get(j).capitalised) {
        j--;
        continue;
      }
      if (p.in(WordList.DETERMINERS) && !p.isInitial()) {
        j--;
        // "the Ministry of the Interior": "of" before a determiner keeps the phrase going
        if (j - 2 >= lo && t.get(j - 1).in(WordList.NP_LINKS) && isNpWord(t.get(j - 2))) {
          j -= 2;
          continue;
        }
        // "marching through the streets chanted": the object of a preposition speaks no words
        if (j - 1 >= lo && t.get(j - 1).isWord() && !t.get(j - 1).capitalised
            && t.get(j - 1).in(WordList.PREPOSITIONS) && !t.get(j - 1).key.equals("as")) {
          return null;
        }
        break;
      }
      if (p.in(WordList.NP_LINKS) && !p.capitalised) {
        if (j - 2 >= lo && isNpWord(t.get(j - 2)) && !t.get(j - 2).in(WordList.DETERMINERS)) {
          j--;
          continue;
        }
        break;
      }
      if (p.isPossessive()) {
        j--;
        continue;
      }
      if (!isNpWord(p) || pronoun(p) != null) {
        break;
      }
      j--;
      if (e - j >= MAX_WORDS) {
        return null;
      }
    }
    return new Np(j, e, j);
  }

  /** The phrase starting at {@code from}, read forwards to a comma, a preposition or a verb. */
  static Np after(List<WindowToken> t, int from) {
    if (from >= t.size()) {
      return null;
    }
    WindowToken f = t.get(from);
    if (!f.isWord()) {
      return null;
    }
    if (pronoun(f) != null) {
      return new Np(from, from, from);
    }
    if (!isNpWord(f)) {
      return null;
    }
    int e = from;
    while (e + 1 < t.size() && e - from < MAX_WORDS) {
      WindowToken p = t.get(e + 1);
      if (p.is('&') || p.isPossessive()) {
        e++;
      } else if (p.isWord() && (p.in(WordList.NP_LINKS) || p.in(WordList.NAME_PARTICLES)
          || isNpWord(p)) && (!isVerbLike(p) || isAdjective(t, e + 1))) {
        e++;
      } else {
        break;
      }
    }
    while (e > from && (t.get(e).in(WordList.NP_LINKS) || t.get(e).in(WordList.DETERMINERS)
        || t.get(e).is('&'))) {
      e--;
    }
    if (t.get(e).in(WordList.DETERMINERS) && e == from) {
      return null;
    }
    return new Np(from, e, from);
  }

  /**
   * A lower-case "-ed" word that stands before a capitalised word, inside a phrase: "one unaligned Florida
   * strategist", "a retired Army general". A verb of speech or a common verb is never one.
   */
  private static boolean isAdjective(List<WindowToken> t, int i) {
    WindowToken w = t.get(i);
    return i + 1 < t.size() && w.key.endsWith("ed") && !isSpeechWord(w) && !w.in(WordList.COMMON_VERBS)
        && t.get(i + 1).isWord() && t.get(i + 1).capitalised;
  }

  /** The personal pronoun a word is, contractions too ("he'd" is he), or null. */
  static String pronoun(WindowToken t) {
    String k = t.key;
    int apostrophe = k.indexOf('\'');
    String base = apostrophe > 0 ? k.substring(0, apostrophe) : k;
    return WordList.PRONOUNS.contains(base) ? base : null;
  }

  /** A day, month, part of day or year: "Wednesday", "June", "morning", "2016". */
  static boolean isTimeWord(WindowToken t) {
    return t.isWord() && (t.inAny(WindowToken.TIME_WORDS)
        || t.key.length() == 4 && Character.isDigit(t.key.charAt(0)) && Character.isDigit(t.key.charAt(3)));
  }

  /** A word that can stand in a speaker's phrase: not a verb, conjunction, preposition or relative. */
  static boolean isNpWord(WindowToken t) {
    return t.isWord() && !t.in(WordList.NOT_NP_WORDS) && !isSpeechWord(t);
  }

  static boolean isSpeechWord(WindowToken t) {
    return !t.capitalised && (t.inAny(WindowToken.ATTRIBUTING) || t.in(WordList.CHARACTERISING_VERBS)
        || t.in(WordList.SPEECH_PARTICIPLES));
  }

  /** A word that reads as a verb: of speech, common, or a lower-case past tense ("carried"). */
  static boolean isVerbLike(WindowToken t) {
    if (!t.isWord() || t.capitalised) {
      return false;
    }
    return isSpeechWord(t) || t.in(WordList.COMMON_VERBS)
        || t.key.length() > 4 && t.key.endsWith("ed");
  }

  private static boolean isBetween(WindowToken t) {
    return !t.capitalised && (t.in(WordList.BETWEEN_SUBJECT_AND_VERB) || t.key.length() > 4 && t.key.endsWith("ly"));
  }

  private static boolean isClauseEnd(WindowToken t) {
    return t.is('.') || t.is(';') || t.is(':') || t.is('!') || t.is('?');
  }
}
