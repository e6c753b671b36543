package io.github.lede.extract.quotes;

import io.github.lede.text.WordList;
import java.util.List;
import java.util.Set;

/**
 * How the article writes a quote's speaker where it attributes the quote: the name with the titles, party
 * label and appositions around it ("Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus").
 * The speaker itself is the bare canonical name; readers want the description too, as it says who the
 * speaker is in this story. An apposition is a comma-separated part that describes (opens with a determiner,
 * a relative, an age, "of" or a lower-case noun) rather than goes on with the sentence ("adding ...",
 * "on Friday", "and ..."); reading stops at the first part that does not.
 */
final class WrittenSpeakers {
  /** Tokens read past the name, at most: an apposition longer than this is a clause of its own. */
  private static final int MAX_TOKENS = 40;
  /** Tokens inside a parenthesis after the name: "(D-N.C.)", "(R)". */
  private static final int MAX_PAREN = 8;

  /** Adverbs that may open an apposition: "Dunn, now a partner at ...", "Cruz, also a candidate". */
  private static final Set<String> APPOSITION_ADVERBS = Set.of("now", "then", "also", "once", "still", "formerly");
  /** Prepositions that tie a name to a place or a body: "adviser to Bill Clinton", "a voter from Hanover". */
  private static final Set<String> TIES = Set.of("to", "from", "at", "of", "for");

  private WrittenSpeakers() {}

  /**
   * The first token of the speaker as written: the phrase's, or the role's before it ("Sanders's campaign
   * manager, Jeff Weaver"); a "that" opening it is the clause's ("said that New Jersey Gov. Chris Christie").
   */
  static int start(List<WindowToken> t, NounPhrases.Np np) {
    int s = Math.min(np.from(), np.reach());
    return s < np.to() && t.get(s).key.equals("that") && t.get(s + 1).capitalised ? s + 1 : s;
  }

  /** The last token of the speaker as written, at or after {@code np.to()}. */
  static int end(List<WindowToken> t, NounPhrases.Np np) {
    int e = np.to();
    int limit = Math.min(t.size() - 1, np.to() + MAX_TOKENS);
    e = modifiers(t, e, limit);
    if (e + 1 <= limit && t.get(e + 1).is('(')) {
      int close = e + 2;
      while (close <= Math.min(limit, e + 1 + MAX_PAREN) && !t.get(close).is(')')) {
        close++;
      }
      if (close <= limit && t.get(close).is(')')) {
        e = close;
      }
    }
    while (e + 2 <= limit && t.get(e + 1).is(',')) {
      int part = partEnd(t, e + 2, limit);
      if (!describes(t, e + 2, part)) {
        break;
      }
      e = part;
    }
    return e;
  }

  /**
   * Modifiers that follow the phrase without a comma: a relative clause ("a supporter who runs the account")
   * and a tie to a named place or body ("a longtime adviser to Bill Clinton", "a user from Hanover").
   */
  private static int modifiers(List<WindowToken> t, int e, int limit) {
    if (e + 1 > limit) {
      return e;
    }
    WindowToken next = t.get(e + 1);
    if (next.isWord() && !next.capitalised && (next.key.equals("who") || next.key.equals("whose"))) {
      return partEnd(t, e + 1, limit);
    }
    int k = e + 1;
    if (next.isWord() && !next.capitalised && TIES.contains(next.key)) {
      k++;
      if (k <= limit && t.get(k).key.equals("the") && !t.get(k).capitalised) {
        k++;
      }
      int named = k;
      while (k <= limit && t.get(k).isWord() && (t.get(k).capitalised || t.get(k).isPossessive())
          && !NounPhrases.isTimeWord(t.get(k))) {
        k++;
      }
      if (t.get(k - 1).isPossessive()) {
        // "a report from the State Department's inspector general": the owner is not the end of the phrase
        return e;
      }
      if (k > named) {
        return k - 1;
      }
    }
    return e;
  }

  /**
   * The last token of the part starting at {@code s}: up to a comma, a clause end or a quote; a comma before
   * a place's second name ("of Flint, Mich.", "from Englewood, New Jersey") does not end it.
   */
  private static int partEnd(List<WindowToken> t, int s, int limit) {
    boolean relative = false;
    int k = s;
    while (k + 1 <= limit) {
      relative |= t.get(k).in(WordList.RELATIVES);
      WindowToken next = t.get(k + 1);
      int place = next.is(',') ? placeEnd(t, k + 2, limit) : -1;
      if (place >= 0) {
        k = place;
      } else if (endsPart(next, relative)) {
        break;
      } else {
        k++;
      }
    }
    return k;
  }

  /** The last token of a state or country after a town (one to three capitalised words and then a comma or the end). */
  private static int placeEnd(List<WindowToken> t, int from, int limit) {
    int k = from;
    while (k <= limit && k - from < 3 && t.get(k).isWord() && t.get(k).capitalised && !t.get(k).isPossessive()) {
      k++;
    }
    if (k == from || k <= limit && !t.get(k).is(',') && !endsPart(t.get(k), false)) {
      return -1;
    }
    return k - 1;
  }

  /** Whether the part {@code s..e} describes the speaker rather than going on with the sentence. */
  private static boolean describes(List<WindowToken> t, int s, int e) {
    WindowToken f = t.get(s);
    if (opensApposition(f) || possessive(t, s, e)) {
      return true;
    }
    if (f.isWord() && !f.capitalised && s + 1 <= e && (APPOSITION_ADVERBS.contains(f.key)
        && (opensApposition(t.get(s + 1)) || possessive(t, s + 1, e))
        || (f.key.equals("at") || f.key.equals("from")) && t.get(s + 1).capitalised
        || f.key.equals("at") && t.get(s + 1).key.equals("the") && s + 2 <= e && t.get(s + 2).capitalised)) {
      // "now a partner at ...", "at the Royal Institute", "from Manchester"
      return true;
    }
    // "CrowdTangle chief executive": a lower-case role among the capitals, and no verb
    if (!f.isWord() || !f.capitalised || f.in(WordList.PRONOUNS) || f.key.endsWith("ed")) {
      return false;
    }
    for (int i = s; i <= e; i++) {
      if (NounPhrases.isVerbLike(t.get(i))) {
        return false;
      }
    }
    return NounPhrases.isApposition(t, s, e);
  }

  /** A part that opens with a named owner: "McCrory's opponent", "Donald Trump's fired campaign manager". */
  private static boolean possessive(List<WindowToken> t, int s, int e) {
    for (int i = s; i <= Math.min(e, s + 3) && t.get(i).isWord(); i++) {
      if (t.get(i).isPossessive()) {
        return i > s;
      }
      if (!t.get(i).capitalised) {
        return false;
      }
    }
    return false;
  }

  /** Where a describing part ends: a comma, a clause end, a quote; outside a relative, a verb of speech. */
  private static boolean endsPart(WindowToken x, boolean relative) {
    return x.is(',') || x.is('.') || x.is(';') || x.is(':') || x.is('!') || x.is('?') || x.is('—')
        || x.kind == WindowToken.Kind.QUOTE || !relative && NounPhrases.isSpeechWord(x);
  }

  /**
   * Whether a part after a comma describes the speaker: "a former aide", "the party's chairman", "who ...",
   * "22", "of Flint", "head of ...", "R-Ky.". A verb, a preposition other than "of", a conjunction, an
   * adverb or a pronoun goes on with the sentence instead.
   */
  private static boolean opensApposition(WindowToken f) {
    if (!f.isWord()) {
      return false;
    }
    String k = f.key;
    if (Character.isDigit(k.charAt(0))) {
      return true;
    }
    if (f.capitalised) {
      // a party and state: "R-Ky.", "D-N.C."
      return k.length() > 2 && k.length() <= 8 && k.charAt(1) == '-' && "rdi".indexOf(k.charAt(0)) >= 0;
    }
    if (WordList.DETERMINERS.contains(k) || WordList.RELATIVES.contains(k) || k.equals("of")) {
      return true;
    }
    return Character.isLetter(k.charAt(0)) && !WordList.NOT_NP_WORDS.contains(k) && !WordList.BETWEEN_SUBJECT_AND_VERB.contains(k)
        && !WordList.PREPOSITIONS.contains(k) && !WordList.PRONOUNS.contains(k) && !NounPhrases.isVerbLike(f)
        && !k.endsWith("ing") && !k.endsWith("ly");
  }
}
