package io.github.lede.extract.people;

import io.github.lede.model.ArticleField;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass over one field: finds runs of capitalised words, takes titles and sentence-opening words
 * off their front, and judges what is left from the name lists and the context around it (a title before, a
 * speech verb or an apposition after, "the" before). What it cannot judge alone stays undecided for the
 * article-wide pass, which knows the people named in full elsewhere.
 */
final class NameFinder {
  private final Gazetteer g = Gazetteer.get();

  List<Candidate> find(String text, ArticleField field, int index) {
    return find(Tokenizer.tokenize(text), text, field, index);
  }

  /** The candidates of a field already split into tokens. */
  List<Candidate> find(List<Token> tokens, String text, ArticleField field, int index) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsRun(tokens, i)) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      judgeRun(text, tokens, particlesBefore(tokens, i), end, field, index, out);
      i = end;
    }
    return out;
  }

  static boolean isNameWord(Token t) {
    return t.isWord() && (t.capitalised || isArabicArticleName(t.text)) && !Character.isDigit(t.text.charAt(0));
  }

  /** "al-Haddad", "el-Sisi", "ash-Shara": a lower-case article joined to a capitalised name. */
  static boolean isArabicArticleName(String text) {
    int dash = text.indexOf('-');
    return dash >= 2 && dash <= 3 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1))
        && (text.startsWith("al") || text.startsWith("el") || text.startsWith("ad") || text.startsWith("as")
        || text.startsWith("ash") || text.startsWith("at") || text.startsWith("az") || text.startsWith("an"));
  }

  /**
   * "said de Vries", "van der Berg told": lower-case particles just before a run open the surname. The
   * tagger reads the same runs ({@link NameRuns}).
   */
  static int particlesBefore(List<Token> tokens, int i) {
    int j = i;
    while (j > 0 && i - j < 3 && tokens.get(j - 1).isWord() && !tokens.get(j - 1).capitalised
        && Lexicon.PARTICLES.contains(tokens.get(j - 1).key)) {
      j--;
    }
    // Not when the particle is the end of an earlier name ("Pieter van der Berg" is read as one run).
    return j > 0 && isNameWord(tokens.get(j - 1)) ? i : j;
  }

  static boolean startsRun(List<Token> tokens, int i) {
    return isNameWord(tokens.get(i));
  }

  /** A run: capitalised words, with particles inside ("bin", "van der") when a capitalised word follows. */
  static int runEnd(List<Token> tokens, int from) {
    int i = from + 1;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (isNameWord(t)) {
        i++;
      } else if (t.isWord() && Lexicon.PARTICLES.contains(t.key) && particleRunEndsInName(tokens, i)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean particleRunEndsInName(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).isWord() && Lexicon.PARTICLES.contains(tokens.get(j).key)) {
      j++;
    }
    return j < tokens.size() && isNameWord(tokens.get(j)) && j - i <= 2;
  }

  /** Strips the run's front (titles, sentence openers) and judges the rest. */
  private void judgeRun(String text, List<Token> tokens, int from, int to, ArticleField field, int index,
      List<Candidate> out) {
    int core = from;
    int titleFrom = -1;
    boolean honorific = false;
    // "American Todd Martin", "British Foreign Secretary Malcolm Rifkind": a demonym opening a longer run
    // describes the person.
    while (core + 1 < to && g.demonyms.contains(tokens.get(core).key)) {
      core++;
    }
    int inner = innerTitleEnd(tokens, core, to);
    if (inner > core) {
      titleFrom = core;
      honorific = Lexicon.HONORIFICS.contains(tokens.get(inner - 1).key);
      core = inner;
    }
    while (core < to) {
      Token t = tokens.get(core);
      int titleEnd = titleAt(tokens, core, to);
      if (titleEnd > core) {
        honorific |= Lexicon.HONORIFICS.contains(tokens.get(titleEnd - 1).key);
        titleFrom = titleFrom < 0 ? core : titleFrom;
        core = titleEnd;
      } else if (titleFrom < 0 && isOpener(t, tokens, core, to)) {
        core++;
      } else {
        break;
      }
    }
    if (core >= to) {
      return;
    }
    // "Russian President Vladimir Putin": a demonym or place before the title belongs to the role.
    String role = titleFrom >= 0 ? text.substring(tokens.get(titleFrom).start, tokens.get(core - 1).end)
        : RolesBefore.lowerRoleBefore(text, tokens, from);
    boolean titled = role != null;
    // A role described after the name names it better than a courtesy title; it is no evidence of a person
    // by itself ("Norvale, a manufacturer of ...").
    String described = Roles.after(tokens, to, text);
    if (described != null && (role == null || Lexicon.HONORIFICS.contains(Token.keyOf(role)))) {
      role = described;
    }
    Candidate.Verdict verdict = judge(tokens, from, core, to, titled, honorific);
    out.add(new Candidate(field, index, text, tokens, core, to, role, verdict));
  }

  /**
   * The end of a title starting at {@code i} ("Mr.", "Defence Minister", "Former President"), or {@code i}
   * when none starts there: qualifiers ("former", "deputy") count only before a title word.
   */
  private static int titleAt(List<Token> tokens, int i, int to) {
    int j = i;
    while (j < to && Lexicon.TITLE_QUALIFIERS.contains(tokens.get(j).key)
        && !Lexicon.HONORIFICS.contains(tokens.get(j).key) && !isNounTitle(tokens.get(j))) {
      j++;
    }
    if (j < to && isNounTitle(tokens.get(j))) {
      return j + 1;
    }
    if (j == i + 1 && j < to && Lexicon.QUALIFIER_TITLES.contains(tokens.get(i).key)) {
      return j;
    }
    return i;
  }

  private static boolean isNounTitle(Token t) {
    return Lexicon.HONORIFICS.contains(t.key)
        || Lexicon.TITLE_WORDS.contains(t.key) && !Lexicon.TITLE_QUALIFIERS.contains(t.key);
  }

  /**
   * "House Speaker Newt Gingrich", "Senate Majority Leader Bob Dole": where a title word stands inside the
   * run with only name words after it, the name starts after it. Returns that start, or {@code from}.
   */
  private int innerTitleEnd(List<Token> tokens, int from, int to) {
    for (int i = to - 2; i > from; i--) {
      Token t = tokens.get(i);
      if (Lexicon.TITLE_WORDS.contains(t.key) || Lexicon.HONORIFICS.contains(t.key)) {
        for (int j = i + 1; j < to; j++) {
          Token n = tokens.get(j);
          if (Lexicon.TITLE_WORDS.contains(n.key) || Lexicon.ORGANISATION_WORDS.contains(n.key)) {
            return from;
          }
        }
        return i + 1;
      }
    }
    return from;
  }

  /** "But", "When", "The": a capitalised first word of a sentence that is an ordinary word. */
  private boolean isOpener(Token t, List<Token> tokens, int i, int to) {
    if (t.isInitial()) {
      return false;
    }
    if (t.key.equals("the") || Lexicon.NEVER_NAMES.contains(t.key) && i + 1 < to
        && !(Lexicon.CALENDAR.contains(t.key) && nameFollows(tokens, i + 1, to))) {
      return true;
    }
    if (g.demonyms.contains(t.key) && i + 1 < to && isTitleAt(tokens, i + 1, to)) {
      return true;
    }
    if (g.isPlace(t.key) && i + 1 < to && isTitleAt(tokens, i + 1, to)) {
      return true;
    }
    if ((t.sentenceStart || t.inCapsLine) && i + 2 < to && isOccupation(t.key) && isGiven(tokens.get(i + 1))) {
      // "Farmer Lars Eriksen said": an occupation opening a sentence, before a given name, is a role, even
      // when the word is also a family name ("Frances Farmer").
      return true;
    }
    if (t.sentenceStart && i + 2 < to && Lexicon.SPEECH_OPENERS.contains(t.key) && isGiven(tokens.get(i + 1))) {
      // "Said Dorothy Mensah, who grew up nearby: ...": a verb of speech put first, though "Said" is a name too
      return true;
    }
    return (t.sentenceStart || t.inCapsLine) && g.common.contains(t.key) && !g.isName(t.key) && i + 1 < to;
  }

  private static boolean isOccupation(String key) {
    return Lexicon.LOWER_ROLES.contains(key) || Lexicon.PERSON_NOUNS.contains(key);
  }

  /** "April Mendoza", "Jan de Vries": a family name after a month that is a given name here. */
  private boolean nameFollows(List<Token> tokens, int i, int to) {
    Token t = tokens.get(i);
    return Lexicon.PARTICLES.contains(t.key) && i + 1 < to || isFamily(t);
  }

  private static boolean isTitleAt(List<Token> tokens, int i, int to) {
    return i < to && (Lexicon.TITLE_WORDS.contains(tokens.get(i).key) || Lexicon.HONORIFICS.contains(tokens.get(i).key));
  }


  private Candidate.Verdict judge(List<Token> tokens, int runFrom, int from, int to, boolean titled,
      boolean honorific) {
    int k = to - from;
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    String whole = Candidate.keys(tokens, from, to);
    boolean asianAlone = k == 1 && g.asianFamily.contains(first.key);
    if (g.organisations.contains(whole) || Lexicon.ORGANISATION_WORDS.contains(last.key) && !asianAlone
        || Lexicon.GROUP_ADJECTIVES.contains(last.key) || k >= 2 && organisationWordInside(tokens, from, to)
        || k >= 2 && Lexicon.PLACE_STARTS.contains(first.key) && !honorific
        || k == 2 && isCompassInitial(first) && g.isPlace(last.key)) {
      return Candidate.Verdict.NOT_PERSON;
    }
    // "The PUK said": a word in capitals amid mixed-case text is an acronym, not a name.
    if (k == 1 && first.upper && !first.inCapsLine && !honorific) {
      return Candidate.Verdict.NOT_PERSON;
    }
    // A whole run that names a place ("Sao Paulo", "Sri Lanka") is one; a single word that is both a place
    // and a name ("Israel", "Sydney") needs a title or a full mention elsewhere to count as a person.
    boolean place = g.isPlace(whole);
    if (place && k > 1 && !honorific
        || k == 1 && (g.demonyms.contains(first.key) || Lexicon.NEVER_NAMES.contains(first.key))) {
      return Candidate.Verdict.NOT_PERSON;
    }
    if (k == 1 && Lexicon.CALENDAR.contains(first.key)) {
      return Candidate.Verdict.NOT_PERSON;
    }
    if (NameContext.locativeBefore(tokens, runFrom) && !titled) {
      // "a farmer in Ben Tre", "near Al Suwaiq": places follow these; a person so placed is found elsewhere.
      return Candidate.Verdict.UNDECIDED;
    }
    if (NameContext.particleOpensCompany(tokens, from, to)) {
      return Candidate.Verdict.NOT_PERSON;
    }
    if (NameContext.namePartOfOrganisation(tokens, runFrom) && !honorific) {
      return Candidate.Verdict.NOT_PERSON;
    }
    if (NameContext.precededByThe(tokens, runFrom) && !titled) {
      // "the White House", "the Kremlin" -- but "the Clinton administration" names a person found elsewhere.
      return Candidate.Verdict.UNDECIDED;
    }
    if (first.inCapsLine) {
      // Case says nothing in a line of capitals: only a given name and a family name together are trusted.
      return k >= 2 && g.isGiven(first.key) && g.isFamily(last.key) && !g.common.contains(first.key)
          ? Candidate.Verdict.PERSON : Candidate.Verdict.UNDECIDED;
    }
    if (titled || NameContext.ageAfter(tokens, to) || SportsLines.namesPlayer(tokens, runFrom, to)) {
      return Candidate.Verdict.PERSON;
    }
    boolean context = NameContext.speechAfter(tokens, to) || NameContext.speechBefore(tokens, runFrom) || NameContext.appositionAfter(tokens, to);
    if (k >= 2) {
      // A given name that is also a place ("Sydney", "Paris") opens a person's name only before a family name.
      // "Marine Research", "Sydney Bulldogs": a given name before an ordinary word is no person's name.
      boolean givenFirst = isGiven(first) && !(first.sentenceStart && g.common.contains(first.key))
          && !(isOrdinaryWord(last) && !isFamily(last) && (isOrdinaryWord(first) || g.isPlace(first.key)));
      boolean asian = g.asianFamily.contains(first.key);
      boolean initials = hasInitial(tokens, from, to);
      boolean allNames = allNameWords(tokens, from, to);
      // "Shimon Peres": a listed family name after a word that is no ordinary word, place or organisation.
      boolean unknownThenFamily = k == 2 && g.isFamily(last.key) && !g.common.contains(first.key)
          && !g.isPlace(first.key) && !g.organisations.contains(first.key);
      if (givenFirst || asian || initials || allNames && isFamily(last) || unknownThenFamily
          || context && noCommonWords(tokens, from, to)) {
        return Candidate.Verdict.PERSON;
      }
      return Candidate.Verdict.UNDECIDED;
    }
    // One word said something: a person only if it is a known name and not also a place ("Israel said").
    boolean majorPlace = g.majorPlaces.contains(Gazetteer.fold(first.key));
    if (context && (g.isName(first.key) || isFamily(first)) && !majorPlace
        && !(first.sentenceStart && g.common.contains(first.key))) {
      return Candidate.Verdict.PERSON;
    }
    return Candidate.Verdict.UNDECIDED;
  }

  /** An organisation word before the last word ("League" in "Major League Baseball"); a Korean "Park" first
   * is a family name. */
  private boolean organisationWordInside(List<Token> tokens, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      String key = tokens.get(i).key;
      if (Lexicon.ORGANISATION_CORE.contains(key) && !(i == from && g.asianFamily.contains(key))) {
        return true;
      }
    }
    return false;
  }

  /** "S. Korea", "N. Ireland": a compass point abbreviated before a place. */
  private static boolean isCompassInitial(Token t) {
    return t.text.equals("N.") || t.text.equals("S.") || t.text.equals("E.") || t.text.equals("W.");
  }

  /** An ordinary English word by the lists or by its form: "Geophysics", "Waterways", "Management". */
  private boolean isOrdinaryWord(Token t) {
    if (g.common.contains(t.key)) {
      return true;
    }
    String k = t.key;
    return k.length() > 5 && (k.endsWith("ics") || k.endsWith("ology") || k.endsWith("ways") || k.endsWith("tion")
        || k.endsWith("tions") || k.endsWith("ment") || k.endsWith("ments") || k.endsWith("ness")
        || k.endsWith("ism") || k.endsWith("ity") || k.endsWith("ance") || k.endsWith("ence"));
  }

  /** A given name by the lists, hyphenated ones ("Marie-Claude", "Jae-in") by their parts. */
  private boolean isGiven(Token t) {
    if (g.isGiven(t.key)) {
      return true;
    }
    int dash = t.key.indexOf('-');
    return dash > 0 && g.isGiven(t.key.substring(0, dash));
  }

  /** A family name by the lists, or by its form when it is no ordinary word or place. */
  private boolean isFamily(Token t) {
    return g.isFamily(t.key) || !g.common.contains(t.key) && !g.isPlace(t.key)
        && NameShapes.looksLikeFamilyName(t.key, t.text);
  }

  private boolean allNameWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!(g.isName(t.key) || isFamily(t) || t.isInitial() || Lexicon.PARTICLES.contains(t.key)
          || t.key.indexOf('-') > 0)) {
        return false;
      }
    }
    return true;
  }

  /** No word in the span is an ordinary English word that is not also a name. */
  private boolean noCommonWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (isOrdinaryWord(t) && !g.isName(t.key)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasInitial(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isInitial()) {
        return true;
      }
    }
    return false;
  }
}
