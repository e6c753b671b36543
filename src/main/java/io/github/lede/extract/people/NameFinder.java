package io.github.lede.extract.people;

import io.github.lede.model.ArticleField;
import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass over one field: finds runs of capitalised words, takes titles and sentence-opening words
 * off their front, and has {@link PersonRule} judge what is left from the name lists and the context around
 * it (a title before, a speech verb or an apposition after, "the" before). What it cannot judge alone stays
 * undecided for the article-wide pass, which knows the people named in full elsewhere.
 */
final class NameFinder {
  private final Gazetteer g = Gazetteer.get();

  /**
   * The longest name lede takes, in words and in characters: the longest names news writes ("Sheikh Mohammed
   * bin Rashid Al Maktoum") have six or seven words and stay far under 100 characters. A longer run of
   * capitalised words is no one's name (a headline, a list, a hostile input of 64 KB of capitals); it is
   * read only for the names of people found elsewhere inside it ({@link Roles#MAX_CHARS} bounds a role).
   */
  static final int MAX_NAME_WORDS = 8;
  static final int MAX_NAME_CHARS = 100;

  /** Months and weekdays, full or abbreviated: never a name alone, though "April" and "Jan" open names. */
  static final long CALENDAR = WordList.any(WordList.MONTHS, WordList.MONTH_ABBREVIATIONS, WordList.WEEKDAYS,
      WordList.WEEKDAY_ABBREVIATIONS);
  /** Capitalised words that are never names by themselves: the calendar's, and the never-names list. */
  static final long NEVER_NAME = CALENDAR | WordList.NEVER_NAMES.bit;

  List<Candidate> find(Tokens tokens, ArticleField field, int index) {
    String text = tokens.text();
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

  static boolean isNameWord(Tokens tokens, int t) {
    return tokens.isWord(t) && (tokens.capitalised(t) || isArabicArticleName(tokens, t))
        && !Character.isDigit(tokens.first(t));
  }

  /** "al-Haddad", "el-Sisi", "ash-Shara": a lower-case article joined to a capitalised name. */
  static boolean isArabicArticleName(Tokens tokens, int t) {
    char a = tokens.first(t);
    if (a != 'a' && a != 'e' || tokens.length(t) < 4) {
      return false;
    }
    String text = tokens.text();
    int s = tokens.start(t);
    int dash = text.charAt(s + 2) == '-' ? 2 : text.charAt(s + 3) == '-' ? 3 : -1;
    if (dash < 0 || s + dash + 1 >= tokens.end(t) || !Character.isUpperCase(text.charAt(s + dash + 1))) {
      return false;
    }
    return text.startsWith("al", s) || text.startsWith("el", s) || text.startsWith("ad", s)
        || text.startsWith("as", s) || text.startsWith("ash", s) || text.startsWith("at", s)
        || text.startsWith("az", s) || text.startsWith("an", s);
  }

  /** Capitals each followed by a dot: "F." in "John F. Kennedy", "O.J." in "O.J. Simpson". */
  static boolean isInitial(Tokens tokens, int t) {
    int n = tokens.length(t);
    if (!tokens.isWord(t) || n < 2 || n % 2 != 0 || n > 2 && tokens.inAny(t, NEVER_NAME)) {
      return false;
    }
    String text = tokens.text();
    for (int i = tokens.start(t); i < tokens.end(t); i += 2) {
      if (!Character.isUpperCase(text.charAt(i)) || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * "said de Vries", "van der Berg told": lower-case particles just before a run open the surname. The
   * tagger reads the same runs ({@link NameRuns}).
   */
  static int particlesBefore(Tokens tokens, int i) {
    int j = i;
    while (j > 0 && i - j < 3 && tokens.isWord(j - 1) && !tokens.capitalised(j - 1)
        && tokens.in(j - 1, WordList.NAME_PARTICLES)) {
      j--;
    }
    // Not when the particle is the end of an earlier name ("Pieter van der Berg" is read as one run).
    return j > 0 && isNameWord(tokens, j - 1) ? i : j;
  }

  static boolean startsRun(Tokens tokens, int i) {
    return isNameWord(tokens, i);
  }

  /** A run: capitalised words, with particles inside ("bin", "van der") when a capitalised word follows. */
  static int runEnd(Tokens tokens, int from) {
    int i = from + 1;
    while (i < tokens.size()) {
      int t = i;
      if (isNameWord(tokens, t)) {
        i++;
      } else if (tokens.isWord(t) && tokens.in(t, WordList.NAME_PARTICLES) && particleRunEndsInName(tokens, i)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean particleRunEndsInName(Tokens tokens, int i) {
    int j = i;
    while (j < tokens.size() && tokens.isWord(j) && tokens.in(j, WordList.NAME_PARTICLES)) {
      j++;
    }
    return j < tokens.size() && isNameWord(tokens, j) && j - i <= 2;
  }

  /** Strips the run's front (titles, sentence openers) and judges the rest. */
  private void judgeRun(String text, Tokens tokens, int from, int to, ArticleField field, int index,
      List<Candidate> out) {
    int core = from;
    int titleFrom = -1;
    boolean honorific = false;
    // "American Todd Martin", "British Foreign Secretary Malcolm Rifkind": a demonym opening a longer run
    // describes the person.
    while (core + 1 < to && g.demonyms.contains(tokens.key(core))) {
      core++;
    }
    int inner = innerTitleEnd(tokens, core, to);
    if (inner > core) {
      titleFrom = core;
      honorific = tokens.in(inner - 1, WordList.HONORIFICS);
      core = inner;
    }
    while (core < to) {
      int t = core;
      int titleEnd = titleAt(tokens, core, to);
      if (titleEnd > core) {
        honorific |= tokens.in(titleEnd - 1, WordList.HONORIFICS);
        titleFrom = titleFrom < 0 ? core : titleFrom;
        core = titleEnd;
      } else if (titleFrom < 0 && isOpener(tokens, core, to)) {
        core++;
      } else {
        break;
      }
    }
    if (core >= to) {
      return;
    }
    // "Russian President Vladimir Putin": a demonym or place before the title belongs to the role.
    String role = titleFrom >= 0 ? text.substring(tokens.start(titleFrom), tokens.end(core - 1))
        : RolesBefore.lowerRoleBefore(text, tokens, from);
    boolean titled = role != null;
    role = Roles.preferDescribed(role, Roles.after(tokens, to, text));
    PersonRule rule = PersonRule.decide(new PersonRule.Run(tokens, from, core, to, titled, honorific));
    out.add(new Candidate(field, index, tokens, core, to, role, rule.verdict, rule.label()));
  }

  /**
   * The end of a title starting at {@code i} ("Mr.", "Defence Minister", "Former President"), or {@code i}
   * when none starts there: qualifiers ("former", "deputy") count only before a title word.
   */
  private static int titleAt(Tokens tokens, int i, int to) {
    int j = i;
    while (j < to && tokens.in(j, WordList.TITLE_QUALIFIERS)
        && !tokens.in(j, WordList.HONORIFICS) && !isNounTitle(tokens, j)) {
      j++;
    }
    if (j < to && isNounTitle(tokens, j)) {
      return j + 1;
    }
    if (j == i + 1 && j < to && tokens.in(i, WordList.QUALIFIER_TITLES)) {
      return j;
    }
    return i;
  }

  private static boolean isNounTitle(Tokens tokens, int t) {
    return tokens.in(t, WordList.HONORIFICS)
        || tokens.in(t, WordList.TITLE_WORDS) && !tokens.in(t, WordList.TITLE_QUALIFIERS);
  }

  /**
   * "House Speaker Newt Gingrich", "Senate Majority Leader Bob Dole": where a title word stands inside the
   * run with only name words after it, the name starts after it. Returns that start, or {@code from}.
   */
  private int innerTitleEnd(Tokens tokens, int from, int to) {
    for (int i = to - 2; i > from; i--) {
      int t = i;
      if (tokens.in(t, WordList.TITLE_WORDS) || tokens.in(t, WordList.HONORIFICS)) {
        for (int j = i + 1; j < to; j++) {
          int n = j;
          if (tokens.in(n, WordList.TITLE_WORDS) || tokens.in(n, WordList.ORGANISATION_WORDS)) {
            return from;
          }
        }
        return i + 1;
      }
    }
    return from;
  }

  /** "But", "When", "The": a capitalised first word of a sentence that is an ordinary word. */
  private boolean isOpener(Tokens tokens, int i, int to) {
    int t = i;
    if (isInitial(tokens, t)) {
      return false;
    }
    if (tokens.keyIs(t, "the") || tokens.inAny(t, NEVER_NAME) && i + 1 < to
        && !(tokens.inAny(t, CALENDAR) && nameFollows(tokens, i + 1, to))) {
      return true;
    }
    if (g.demonyms.contains(tokens.key(t)) && i + 1 < to && isTitleAt(tokens, i + 1, to)) {
      return true;
    }
    if (g.isPlace(tokens.key(t)) && i + 1 < to && isTitleAt(tokens, i + 1, to)) {
      return true;
    }
    if ((tokens.leading(t) || tokens.inCapsLine(t)) && i + 2 < to && isOccupation(tokens, t) && NameEvidence.isGiven(tokens, i + 1)) {
      // "Farmer Lars Eriksen said": an occupation opening a sentence, before a given name, is a role, even
      // when the word is also a family name ("Frances Farmer").
      return true;
    }
    if (tokens.leading(t) && i + 2 < to && tokens.in(t, WordList.SPEECH_OPENERS) && NameEvidence.isGiven(tokens, i + 1)) {
      // "Said Dorothy Mensah, who grew up nearby: ...": a verb of speech put first, though "Said" is a name too
      return true;
    }
    return (tokens.leading(t) || tokens.inCapsLine(t)) && g.common.contains(tokens.key(t)) && !g.isName(tokens.key(t)) && i + 1 < to;
  }

  private static boolean isOccupation(Tokens tokens, int t) {
    return tokens.in(t, WordList.LOWER_CASE_ROLES) || tokens.in(t, WordList.PERSON_NOUNS);
  }

  /** "April Mendoza", "Jan de Vries": a family name after a month that is a given name here. */
  private boolean nameFollows(Tokens tokens, int i, int to) {
    int t = i;
    return tokens.in(t, WordList.NAME_PARTICLES) && i + 1 < to || NameEvidence.isFamily(tokens, t);
  }

  private static boolean isTitleAt(Tokens tokens, int i, int to) {
    return i < to && (tokens.in(i, WordList.TITLE_WORDS) || tokens.in(i, WordList.HONORIFICS));
  }
}
