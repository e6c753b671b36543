package io.github.lede.extract.dates;

/**
 * Matches one date expression at a token: an optional "the", an optional modifier ("early", "late", "mid-",
 * "earlier", "later", "the end of", "the beginning of"), then a core form from {@link CalendarForms},
 * {@link RelativeForms}, {@link ShiftForms}, {@link DefiniteForms}, {@link ClockTimes} or
 * {@link Holidays}, then what may follow a day (a part of the day, a date after a weekday). Every form looks
 * a bounded number of tokens ahead, so a match costs constant time and a scan is linear.
 */
final class Grammar {
  private Grammar() {}

  /**
   * Matches at token {@code i}; returns the end token (exclusive) and leaves the first token of the
   * expression in {@code e}, or returns -1.
   */
  static int match(Pieces t, int i, Expression e) {
    e.clear();
    if (t.kind[i] == Pieces.WORD && t.word[i] == null) {
      return -1;
    }
    int j = t.is(i, "the") ? i + 1 : i;
    if (j > i && j >= t.size) {
      return -1;
    }
    int m = modifier(t, j);
    if (m > 0) {
      int k = t.is(m, "the") ? m + 1 : m;
      int end = core(t, k, e);
      if (end > 0 && e.reference == null && e.granularity != Unit.TIME && (k == m || e.usesThe)) {
        e.first = i;
        return end;
      }
      e.clear();
    }
    int end = core(t, j, e);
    e.first = j > i && e.usesThe ? i : j;
    return end > 0 && e.granularity == Unit.YEAR ? quarterOfYear(t, end, e) : end;
  }

  /**
   * A quarter or half of the year just matched: "this year's third quarter", "next year's first quarter",
   * "the 1988 second quarter", "the year-ago third quarter", "last year's quarter".
   */
  private static int quarterOfYear(Pieces t, int end, Expression e) {
    int k = end;
    boolean possessive = (t.isMark(k, '\'') || t.isMark(k, '’')) && t.is(k + 1, "s") && t.tight(k);
    if (possessive) {
      k += 2;
    }
    Word o = t.w(k);
    if (o == null) {
      return end;
    }
    if (possessive && o.unit == Unit.QUARTER && !o.plural && e.anchor == Anchor.REFERENCE
        && e.shiftAmount == -1) {
      // "last year's quarter": the quarter reported, a year before.
      e.sameQuarterAYearBefore();
      return k + 1;
    }
    int n = o.ordinal;
    int u = t.isTightMark(k + 1, '-') ? k + 2 : k + 1;
    Word unit = t.w(u);
    if (n < 1 || unit == null || unit.plural || !(unit.unit == Unit.QUARTER && n <= 4 || unit.unit == Unit.HALF
        && n <= 2)) {
      return end;
    }
    int shift;
    if (e.year != Expression.NONE) {
      shift = Expression.NONE;
    } else if (e.anchor == Anchor.REFERENCE || e.anchor == Anchor.RECENT_QUARTER_OR_REFERENCE) {
      shift = e.shiftAmount;
    } else {
      return end;
    }
    int year = e.year;
    int first = e.first;
    boolean the = e.usesThe;
    e.clear();
    e.form = "quarter-of-year";
    e.year = year;
    e.yearShift = shift;
    e.first = first;
    e.usesThe = the;
    if (unit.unit == Unit.QUARTER) {
      e.quarter = n;
      e.granularity = Unit.QUARTER;
    } else {
      e.half = n;
      e.granularity = Unit.HALF;
    }
    return u + 1;
  }

  /**
   * The end of a modifier at {@code j}: "early", "late", "mid", "earlier", "later" (a hyphen after them
   * included), "end of", "beginning of", "start of", "middle of"; or -1.
   */
  private static int modifier(Pieces t, int j) {
    Word w = t.w(j);
    if (w == null || w.modifier == 0) {
      return -1;
    }
    Word before = t.w(j - 1);
    if (before != null && before.unit != null && (w.modifier == Word.EARLIER || w.modifier == Word.LATER)) {
      // "an hour earlier next year": "earlier" belongs to the hour.
      return -1;
    }
    if (t.is(j, "end") || t.is(j, "beginning") || t.is(j, "start") || t.is(j, "middle")) {
      return t.is(j + 1, "of") ? j + 2 : -1;
    }
    return t.isTightMark(j + 1, '-') ? j + 2 : j + 1;
  }

  /** One core form at {@code j}; returns the end or -1, and names the form matched in {@link Expression#form}. */
  static int core(Pieces t, int j, Expression e) {
    if (j >= t.size) {
      return -1;
    }
    byte kind = t.kind[j];
    if (kind == Pieces.NUMBER) {
      int end = ClockTimes.clock(t, j, e);
      if (end > 0) {
        return named(dayAfterTime(t, end, e), "clock-time", e);
      }
      e.clear();
      end = CalendarForms.number(t, j, e);
      if (end > 0) {
        return named(end, "calendar-date", e);
      }
      e.clear();
      return named(ShiftForms.count(t, j, e), "count-of-units", e);
    }
    if (kind == Pieces.MARK) {
      return named(CalendarForms.decade(t, j, e), "decade", e);
    }
    Word w = t.word[j];
    if (w == null) {
      return -1;
    }
    int end = -1;
    String form = null;
    if (w.month != 0) {
      end = CalendarForms.month(t, j, e);
      form = "month";
    } else if (w.weekday != 0) {
      end = weekday(t, j, e);
      form = "weekday";
    } else if (w.deictic != 0) {
      end = RelativeForms.deictic(t, j, e);
      form = "today-or-now";
    } else if (w.holiday != 0) {
      end = Holidays.match(t, j, e);
      form = "holiday";
    } else if (w.season != null) {
      end = YearParts.season(t, j, e);
      form = "season";
    } else if (w.marker == Word.FISCAL) {
      end = YearParts.fiscal(t, j, e);
      form = "fiscal";
    } else if (w.marker == Word.NOON || w.marker == Word.MIDNIGHT) {
      end = ClockTimes.clock(t, j, e);
      end = end > 0 ? dayAfterTime(t, end, e) : -1;
      form = "clock-time";
    } else if (w.ordinal != 0) {
      end = CalendarForms.number(t, j, e);
      form = "calendar-date";
      if (end < 0) {
        e.clear();
        end = YearParts.period(t, j, e);
        form = "quarter-or-half";
      }
    } else if (w.relation != 0) {
      end = w.relation == Word.LAST && t.is(j - 1, "the") ? YearParts.period(t, j, e) : -1;
      form = "quarter-or-half";
      if (end < 0) {
        e.clear();
        end = w.relation == Word.PAST ? DefiniteForms.reference(t, j, e) : RelativeForms.relation(t, j, e);
        form = w.relation == Word.PAST ? "reference-value" : "last-next-this";
      }
    } else if (w.number >= 0 || w.vagueCount || w.marker == Word.APPROXIMATELY || t.is(j, "more")
        || t.is(j, "less") || t.is(j, "fewer")) {
      end = w.plural ? CalendarForms.decade(t, j, e) : CalendarForms.spokenYear(t, j, e);
      form = w.plural ? "decade" : "spoken-year";
      if (end < 0) {
        e.clear();
        end = ShiftForms.count(t, j, e);
        form = "count-of-units";
      }
    } else if (w.unit != null) {
      end = DefiniteForms.unit(t, j, e);
      form = "the-unit";
    } else if (w.marker == Word.PERIOD_LETTER) {
      end = YearParts.letterPeriod(t, j, e);
      form = "quarter-or-half";
    } else if (w.marker == Word.FULL) {
      end = DefiniteForms.fullYear(t, j, e);
      form = "the-unit";
    } else if (w.marker != 0) {
      end = DefiniteForms.reference(t, j, e);
      form = "reference-value";
    }
    return named(end, form, e);
  }

  /** Names the form of a match that ended at {@code end} (nothing when it failed). */
  private static int named(int end, String form, Expression e) {
    if (end > 0) {
      e.form = form;
    }
    return end;
  }

  /** "Friday", "Friday morning", "Friday, Oct. 23", "Monday, 3 March 2025", "Wed, 19 Jun 2024". */
  private static int weekday(Pieces t, int j, Expression e) {
    Word w = t.w(j);
    int k = j + 1;
    if (w.abbreviation && t.isTightMark(k, '.')) {
      k++;
    }
    int d = t.isMark(k, ',') ? k + 1 : k;
    Word next = t.w(d);
    int end = -1;
    if (next != null && next.month != 0) {
      end = CalendarForms.month(t, d, e);
    } else if (t.isDayNumber(d)) {
      end = CalendarForms.number(t, d, e);
    }
    if (end > 0 && e.day != 0) {
      e.weekday = w.weekday;
      return end;
    }
    e.clear();
    if (!Context.isWeekday(t, j)) {
      return -1;
    }
    e.weekday = w.weekday;
    e.granularity = Unit.DAY;
    return RelativeForms.partOfDay(t, j + 1, e);
  }

  /** After a clock time, the day it is on: "9 p.m. Monday", "noon Saturday", "5 p.m. EST Nov. 9", "10 a.m. today". */
  private static int dayAfterTime(Pieces t, int end, Expression e) {
    int hour = e.hour;
    int minute = e.minute;
    int k = t.is(end, "on") || t.isMark(end, ',') ? end + 1 : end;
    Word w = t.w(k);
    int dayEnd = -1;
    if (w != null && (w.weekday != 0 || w.month != 0 || w.deictic == Word.TODAY || w.deictic == Word.YESTERDAY
        || w.deictic == Word.TOMORROW)) {
      e.clear();
      dayEnd = core(t, k, e);
      if (dayEnd < 0 || !e.namesDay() || e.part != null) {
        dayEnd = -1;
      }
    }
    if (dayEnd < 0) {
      e.clear();
      e.granularity = Unit.TIME;
      dayEnd = end;
    } else if (!e.isShift()) {
      e.granularity = Unit.TIME;
    }
    e.hour = hour;
    e.minute = minute;
    return dayEnd;
  }
}
