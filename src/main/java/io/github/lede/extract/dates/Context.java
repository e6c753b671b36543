package io.github.lede.extract.dates;

/**
 * Decides from the neighbouring tokens whether a word or number that can name a date does so here: "2022"
 * in "in 2022" but not in "2,022 people", "$2022" or "2022 votes"; "May" in "in May" but not in "it may rain"
 * or "Theresa May said"; "March" in "since March" but not in "the March on Washington".
 */
final class Context {
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2199;

  private Context() {}

  /** Whether the token before {@code i} makes a bare month, season or year read as a date. */
  static boolean licensed(Pieces t, int i) {
    Word prev = t.w(i - 1);
    if (prev != null && (prev.marker == Word.PREPOSITION || prev.marker == Word.FISCAL || prev.modifier != 0
        || prev.relation != 0)) {
      return true;
    }
    // "mid-March", "early-2024"
    return t.isTightMark(i - 1, '-') && t.w(i - 2) != null && t.w(i - 2).modifier != 0;
  }

  /** A four-digit number read as a year here. */
  static boolean isYear(Pieces t, int i) {
    if (!t.isPlainNumber(i, 4, 4)) {
      return false;
    }
    int v = t.value[i];
    if (v < MIN_YEAR || v > MAX_YEAR) {
      return false;
    }
    if (t.isMark(i - 1, '$') || t.isMark(i - 1, '£') || t.isMark(i - 1, '€') || t.isMark(i - 1, '¥')
        || t.isMark(i - 1, '#') || t.isMark(i + 1, '%')) {
      return false;
    }
    // Part of a longer number: 555-1212, 3.2024, 12:2024, but a range of years (1990-1995) is fine.
    if (t.tight(i) && (t.isMark(i - 1, '-') || t.isMark(i - 1, '/') || t.isMark(i - 1, '.') || t.isMark(i - 1, ':'))
        && t.isNumber(i - 2) && !(t.isPlainNumber(i - 2, 4, 4) && t.isMark(i - 1, '-'))) {
      return false;
    }
    if (t.tight(i + 1) && (t.isMark(i + 1, ':') || t.isMark(i + 1, '/')) && t.isNumber(i + 2)) {
      return false;
    }
    if (t.isWord(i + 1) && t.tight(i + 1)) {
      // 2024th, 1500m, 2000km: a measure or an ordinal, not a year ("1990s" is matched before this).
      return false;
    }
    if (t.isTightMark(i + 1, '-') && t.lowerCaseWord(i + 2) && t.tight(i + 2) && t.w(i + 2) == null) {
      // "a 2048-bit key", "a 1500-strong force": a measure.
      return false;
    }
    Word prev = t.w(i - 1);
    if (prev != null && prev.numberLabel) {
      return false;
    }
    if (i >= 2 && prev == null && t.capitalised(i - 1) && !t.isMark(i - 2, '.')) {
      // "Orion 1980", "Windows 2000": a name with a number in it.
      return false;
    }
    Word next = t.w(i + 1);
    if (next != null && (next.marker == Word.ZONE || t.is(i + 1, "hours") || t.is(i + 1, "hrs"))) {
      return false;
    }
    boolean prepositionBefore = prev != null && (prev.marker == Word.PREPOSITION || prev.marker == Word.FISCAL);
    if (next != null && next.countNoun && t.lowerCaseWord(i + 1)) {
      return prepositionBefore && !t.is(i - 1, "of") && !t.is(i - 1, "to") && !t.is(i - 1, "than");
    }
    if (prev != null && prev.marker == Word.APPROXIMATELY && t.lowerCaseWord(i + 1)) {
      // "about 2000 people", "some 1500 miles": a quantity.
      return false;
    }
    if (t.lowerCaseWord(i + 1) && plural(t, i + 1) && !prepositionBefore
        && (prev == null || prev.marker != Word.DETERMINER) && next == null) {
      // "received 2022 votes", "2000 protesters marched": a count of something.
      return false;
    }
    return true;
  }

  private static boolean plural(Pieces t, int i) {
    int end = t.end[i];
    int len = end - t.start[i];
    return len > 3 && t.text.charAt(end - 1) == 's' && t.text.charAt(end - 2) != 's';
  }

  /** A month name read as a month here; {@code withNumber} when a day or year follows it. */
  static boolean isMonth(Pieces t, int i, boolean withNumber) {
    if (!t.capitalised(i)) {
      return false;
    }
    Word w = t.w(i);
    boolean dotted = t.isTightMark(i + 1, '.');
    if (w.abbreviation) {
      // "Sept. 13", "Feb 26", "in Jan."; a bare "Jun" or "Mar" is more often a name or a verb.
      return withNumber || dotted && licensed(t, i);
    }
    if (withNumber) {
      return true;
    }
    if (w.month == 5 || w.month == 3) {
      // "may" the verb and "March" the noun: only where a date is expected.
      return licensed(t, i) && !t.is(i - 1, "to") && !t.is(i - 1, "on");
    }
    if (t.upper(i)) {
      return licensed(t, i);
    }
    // "June Carter", "August Wilson": a first name before a surname.
    if (t.capitalised(i + 1) && t.w(i + 1) == null && t.tight(i + 1) == false && !licensed(t, i)) {
      return false;
    }
    return true;
  }

  /**
   * A weekday name read as a day here: full names only (abbreviations only inside a date), and not inside a
   * name ("Good Friday", "Super Tuesday", "the Sunday Times").
   */
  static boolean isWeekday(Pieces t, int i) {
    Word w = t.w(i);
    if (!t.capitalised(i) || w.abbreviation) {
      return false;
    }
    if (t.capitalised(i - 1) && (t.is(i - 1, "good") || t.is(i - 1, "black") || t.is(i - 1, "super")
        || t.is(i - 1, "bloody") || t.is(i - 1, "cyber") || t.is(i - 1, "holy") || t.is(i - 1, "ash")
        || t.is(i - 1, "palm") || t.is(i - 1, "maundy") || t.is(i - 1, "shrove"))) {
      return false;
    }
    return !(t.capitalised(i + 1) && (t.is(i + 1, "times") || t.is(i + 1, "telegraph") || t.is(i + 1, "mirror")
        || t.is(i + 1, "express") || t.is(i + 1, "herald") || t.is(i + 1, "post") || t.is(i + 1, "mail")
        || t.is(i + 1, "star") || t.is(i + 1, "tribune") || t.is(i + 1, "independent") || t.is(i + 1, "observer")
        || t.is(i + 1, "club") || t.is(i + 1, "sport")));
  }
}
