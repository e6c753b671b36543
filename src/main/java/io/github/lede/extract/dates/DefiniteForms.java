package io.github.lede.extract.dates;

/**
 * Expressions built on a unit noun or a time word: "the year" (this year), "the year 2000", "the year
 * before", "the quarter" (the one being reported), "the week", "the weekend", "the month", "the day before
 * yesterday", "the week of March 6", "year-end", "year-earlier", "the year-ago quarter"; and TimeML's
 * reference values "the past", "the future", "the near future", "the near term", "future quarters", "these
 * days". Vague stretches such as "recent years" and "coming months" are durations in TimeML, not dates.
 */
final class DefiniteForms {
  private DefiniteForms() {}

  /** Forms on a unit noun at {@code i}, most of them after "the". */
  static int unit(Pieces t, int i, Expression e) {
    Word u = t.w(i);
    boolean afterThe = t.is(i - 1, "the");
    if (u.unit == Unit.YEAR && !u.plural) {
      int end = yearCompound(t, i, e);
      if (end > 0 || !afterThe) {
        return end;
      }
      return theYear(t, i, e);
    }
    if (!afterThe || u.plural || t.isTightMark(i + 1, '-')) {
      return -1;
    }
    e.usesThe = true;
    switch (u.unit) {
      case Unit.QUARTER -> {
        if (!endingOn(t, i + 1, e, Unit.QUARTER)) {
          e.shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.QUARTER, 0).fallbackAmount = -1;
        }
        return i + 1;
      }
      case Unit.WEEK -> {
        if (t.is(i + 1, "of") && t.w(i + 2) != null && t.w(i + 2).month != 0) {
          int end = CalendarForms.month(t, i + 2, e);
          if (end > 0 && e.day != 0) {
            e.granularity = Unit.WEEK;
            return end;
          }
          e.clear();
          e.usesThe = true;
        }
        if (!endingOn(t, i + 1, e, Unit.WEEK)) {
          e.shift(Anchor.REFERENCE, Unit.WEEK, 0);
        }
        return i + 1;
      }
      case Unit.WEEKEND -> {
        e.weekend = true;
        e.granularity = Unit.WEEKEND;
        return i + 1;
      }
      case Unit.MONTH -> {
        e.shift(Anchor.REFERENCE, Unit.MONTH, 0);
        return i + 1;
      }
      case Unit.DAY -> {
        return theDay(t, i, e);
      }
      default -> {
        return -1;
      }
    }
  }

  /** "the full year", "the whole year": this year. */
  static int fullYear(Pieces t, int i, Expression e) {
    Word y = t.w(i + 1);
    if (!t.is(i - 1, "the") || y == null || y.unit != Unit.YEAR || y.plural) {
      return -1;
    }
    e.shift(Anchor.REFERENCE, Unit.YEAR, 0).usesThe = true;
    return i + 2;
  }

  /** "the year", "the year 2000", "the year two thousand", "the year before", "the year after". */
  private static int theYear(Pieces t, int i, Expression e) {
    e.usesThe = true;
    if (Context.isYear(t, i + 1)) {
      e.year = t.value[i + 1];
      e.granularity = Unit.YEAR;
      return i + 2;
    }
    int spoken = CalendarForms.spokenYear(t, i + 1, e);
    if (spoken > 0) {
      return spoken;
    }
    Word s = t.w(i + 1);
    if (s != null && s.shift == Word.BEFORE || t.is(i + 1, "earlier")) {
      e.shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.YEAR, -1);
      return i + 2;
    }
    if (s != null && s.shift == Word.AFTER) {
      e.shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.YEAR, 1);
      return i + 2;
    }
    if (t.is(i + 1, "ended") || t.is(i + 1, "ending")) {
      // "for the year ended March 31": a fiscal year's length; the day that ends it is the date.
      return -1;
    }
    e.shift(Anchor.REFERENCE, Unit.YEAR, 0);
    return i + 1;
  }

  /**
   * "the quarter ended Sept. 30", "the week ended January 9": the period that ends on the day named after
   * it, which stays a mention of its own. Reads that day into {@code e} as a date of the given
   * granularity; returns false, leaving {@code e} as it was, when no such day follows.
   */
  static boolean endingOn(Pieces t, int k, Expression e, Unit granularity) {
    if (!t.is(k, "ended") && !t.is(k, "ending") || t.w(k + 1) == null || t.w(k + 1).month == 0) {
      return false;
    }
    Expression day = new Expression();
    if (CalendarForms.month(t, k + 1, day) < 0 || day.day == 0) {
      return false;
    }
    e.year = day.year;
    e.month = day.month;
    e.day = day.day;
    e.granularity = granularity;
    // "ended Sept. 30": the last such day that has passed.
    e.direction = t.is(k, "ended") && day.year == Expression.NONE ? Word.LAST : 0;
    return true;
  }

  /** "the day before yesterday", "the day after tomorrow", "the day before", "the day after". */
  private static int theDay(Pieces t, int i, Expression e) {
    Word s = t.w(i + 1);
    if (s == null || s.shift != Word.BEFORE && s.shift != Word.AFTER || t.is(i + 1, "earlier")
        || t.is(i + 1, "later")) {
      return -1;
    }
    int sign = s.shift == Word.BEFORE ? -1 : 1;
    if (t.is(i + 2, "yesterday") || t.is(i + 2, "tomorrow")) {
      int base = t.is(i + 2, "yesterday") ? -1 : 1;
      e.shift(Anchor.REFERENCE, Unit.DAY, base + sign);
      return i + 3;
    }
    if (t.isWord(i + 2)) {
      // "the day before the vote": anchored on an event, not on a date.
      return -1;
    }
    e.shift(Anchor.PREVIOUS, Unit.DAY, sign);
    return i + 2;
  }

  /** "year-end", "year's end", "year-earlier", "year-ago" (and the quarter or period they qualify). */
  private static int yearCompound(Pieces t, int i, Expression e) {
    boolean afterThe = t.is(i - 1, "the");
    if ((t.isMark(i + 1, '\'') || t.isMark(i + 1, '’')) && t.is(i + 2, "s") && t.is(i + 3, "end")) {
      e.shift(Anchor.REFERENCE, Unit.YEAR, 0);
      return i + 4;
    }
    if (t.is(i + 1, "end") && !t.tight(i + 1)) {
      e.shift(Anchor.REFERENCE, Unit.YEAR, 0);
      return i + 2;
    }
    if (!t.isTightMark(i + 1, '-') || !t.tight(i + 2)) {
      return -1;
    }
    if (t.is(i + 2, "end")) {
      e.shift(Anchor.REFERENCE, Unit.YEAR, 0);
      return i + 3;
    }
    if (!t.is(i + 2, "earlier") && !t.is(i + 2, "ago")) {
      return -1;
    }
    Word after = t.w(i + 3);
    if (afterThe && after != null && (after.unit == Unit.QUARTER && !after.plural || after.marker == Word.PERIOD)) {
      // "the year-ago quarter": four quarters before the one reported, else before the last one that ended.
      e.sameQuarterAYearBefore();
      e.usesThe = true;
      return i + 4;
    }
    e.shift(Anchor.RECENT_QUARTER_OR_REFERENCE, Unit.YEAR, -1).keepAnchorGranularity = true;
    return i + 3;
  }

  /** "the past", "the future", "the near future", "the near term", "future quarters", "these days". */
  static int reference(Pieces t, int i, Expression e) {
    Word w = t.w(i);
    boolean afterThe = t.is(i - 1, "the");
    Word next = t.w(i + 1);
    if (w.relation == Word.PAST && afterThe) {
      // Not "the past three years" or "the past decade": those are durations.
      if (t.isNumber(i + 1) || next != null && (next.unit != null || next.number >= 0 || next.vagueCount
          || next.ordinal != 0 || next.part != null || next.season != null || next.weekday != 0 || next.month != 0)) {
        return -1;
      }
      e.reference = "PAST_REF";
      e.usesThe = true;
      return i + 1;
    }
    if (w.marker == Word.NEAR && afterThe && next != null && next.marker == Word.FUTURE) {
      e.reference = "FUTURE_REF";
      e.usesThe = true;
      return i + 2;
    }
    if (w.marker == Word.FUTURE) {
      if (afterThe && (next == null || next.unit == null)) {
        e.reference = "FUTURE_REF";
        e.usesThe = true;
        return i + 1;
      }
      if (next != null && next.unit != null && next.plural) {
        e.reference = "FUTURE_REF";
        return i + 2;
      }
      return -1;
    }
    if (w.marker == Word.NEAR && afterThe && t.is(i + 1, "term")) {
      e.reference = "FUTURE_REF";
      e.usesThe = true;
      return i + 2;
    }
    if (w.marker == Word.THESE && next != null && next.unit == Unit.DAY && next.plural) {
      e.reference = "PRESENT_REF";
      return i + 2;
    }
    return -1;
  }
}
