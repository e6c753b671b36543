package io.github.lede.extract.dates;

/**
 * Parts of a year: quarters and halves ("the first quarter of 2025", "third-quarter", "the second half",
 * "Q2 2024", "H1"), seasons ("summer", "the summer of 1998", "last winter" is in {@link RelativeForms}) and
 * fiscal years ("fiscal 1989", "the fiscal first quarter"). Each method matches at token {@code i} and
 * returns the end of the match, or -1.
 */
final class YearParts {
  private YearParts() {}

  /** "the first quarter (of 2025)", "third-quarter", "the second half of 2024", "the last half of 1989". */
  static int period(Pieces t, int i, Expression e) {
    Word o = t.w(i);
    int n = o.ordinal != 0 ? o.ordinal : o.relation == Word.LAST ? -1 : 0;
    if (n == 0) {
      return -1;
    }
    int j = i + 1;
    if (t.isTightMark(j, '-')) {
      j++;
    }
    Word u = t.w(j);
    if (u == null || u.plural || u.unit != Unit.QUARTER && u.unit != Unit.HALF) {
      return -1;
    }
    if (u.unit == Unit.QUARTER) {
      e.quarter = n == -1 ? 4 : n;
      e.granularity = Unit.QUARTER;
      if (e.quarter > 4) {
        return -1;
      }
    } else {
      e.half = n == -1 ? 2 : n;
      e.granularity = Unit.HALF;
      if (e.half > 2) {
        return -1;
      }
    }
    e.usesThe = true;
    int end = CalendarForms.yearAfter(t, j + 1, e);
    // "the last half of 1989"; "the last quarter" alone is a duration or the quarter before this one.
    return n == -1 && end == j + 1 ? -1 : end;
  }

  /** "Q2", "Q3 2024", "H1": a quarter or half written as business news does. */
  static int letterPeriod(Pieces t, int i, Expression e) {
    boolean quarter = t.is(i, "q");
    if (!t.upper(i) && !t.capitalised(i) || !t.isPlainNumber(i + 1, 1, 1) || !t.tight(i + 1)
        || t.isWord(i + 2) && t.tight(i + 2)) {
      return -1;
    }
    int n = t.value[i + 1];
    if (n < 1 || n > (quarter ? 4 : 2)) {
      return -1;
    }
    if (quarter) {
      e.quarter = n;
      e.granularity = Unit.QUARTER;
    } else {
      e.half = n;
      e.granularity = Unit.HALF;
    }
    int j = i + 2;
    if (t.isPlainNumber(j, 4, 4) && CalendarForms.yearRange(t.value[j])) {
      e.year = t.value[j];
      return j + 1;
    }
    return CalendarForms.yearAfter(t, j, e);
  }

  /** "summer", "summer 2024", "the summer of 1998", "the winter of nineteen ninety-four". */
  static int season(Pieces t, int i, Expression e) {
    Word w = t.w(i);
    int j = i + 1;
    e.season = w.season;
    e.granularity = Unit.SEASON;
    if (t.isPlainNumber(j, 4, 4) && CalendarForms.yearRange(t.value[j])) {
      e.year = t.value[j];
      return j + 1;
    }
    if (t.is(j, "of")) {
      int spoken = CalendarForms.spokenYear(t, j + 1, e);
      if (spoken > 0) {
        e.granularity = Unit.SEASON;
        return spoken;
      }
    }
    int end = CalendarForms.yearAfter(t, j, e);
    if (end > j) {
      return end;
    }
    // A bare season is a date only where one is expected: "in the summer", "over the winter".
    if (!Context.licensed(t, i) && !t.is(i - 1, "the") || w.season == Season.FALL && !t.is(i - 1, "the")) {
      return -1;
    }
    return j;
  }

  /** "fiscal 1989", "fiscal year 1990", "the fiscal first quarter", "fiscal second-quarter". */
  static int fiscal(Pieces t, int i, Expression e) {
    int j = i + 1;
    if (t.w(j) != null && t.w(j).unit == Unit.YEAR && !t.w(j).plural) {
      j++;
      if (!t.isPlainNumber(j, 4, 4)) {
        if (t.is(i - 1, "the")) {
          e.usesThe = true;
          if (t.is(j, "ended") || t.is(j, "ending")) {
            return -1;
          }
          e.shift(Anchor.REFERENCE, Unit.YEAR, 0);
          return j;
        }
        return -1;
      }
    }
    if (t.isPlainNumber(j, 4, 4) && CalendarForms.yearRange(t.value[j])) {
      e.year = t.value[j];
      e.granularity = Unit.YEAR;
      return j + 1;
    }
    if (t.w(j) != null && t.w(j).ordinal > 0) {
      int end = period(t, j, e);
      if (end > 0) {
        e.usesThe = true;
      }
      return end;
    }
    return -1;
  }
}
