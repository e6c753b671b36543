package io.github.lede.extract.dates;

/**
 * Dates relative to the reference date or to the date mentioned before: "yesterday", "tonight", "last week",
 * "this month", "next year", "two days ago", "a year earlier", "the next day", "the following year", "last
 * June", "next Tuesday", "this summer", "the quarter", "the weekend"; and TimeML's reference values: "now"
 * ({@code PRESENT_REF}), "recently" ({@code PAST_REF}), "the future" ({@code FUTURE_REF}). Durations ("the
 * past three years", "24 years") and counts without "ago", "earlier" or "later" are left alone: they are
 * not dates.
 */
final class RelativeForms {
  private RelativeForms() {}

  private static boolean isQuote(int c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '`';
  }

  /** "today", "yesterday", "tomorrow" (with a part of the day), "tonight"; "now", "recently", "currently". */
  static int deictic(Pieces t, int i, Expression e) {
    if (t.capitalised(i) && i > 0 && t.capitalised(i - 1) && t.w(i - 1) == null) {
      // "USA Today", "VOA Today": a title.
      return -1;
    }
    if (t.is(i - 1, "of") && (t.is(i, "today") || t.is(i, "tomorrow"))) {
      // "the people of tomorrow", "the world of today": an age, not a day.
      return -1;
    }
    switch (t.w(i).deictic) {
      case Word.TODAY -> e.shift(Anchor.REFERENCE, Unit.DAY, 0);
      case Word.YESTERDAY -> e.shift(Anchor.REFERENCE, Unit.DAY, -1);
      case Word.TOMORROW -> e.shift(Anchor.REFERENCE, Unit.DAY, 1);
      case Word.TONIGHT -> {
        e.shift(Anchor.REFERENCE, Unit.DAY, 0).part = PartOfDay.NIGHT;
        return i + 1;
      }
      case Word.NOW -> {
        // "now-defunct" is an adjective, not a time.
        if (t.isTightMark(i + 1, '-')) {
          return -1;
        }
        e.reference = "PRESENT_REF";
        return i + 1;
      }
      case Word.RECENTLY -> {
        if (t.isTightMark(i + 1, '-')) {
          // "recently-crowned": part of an adjective.
          return -1;
        }
        e.reference = "PAST_REF";
        return i + 1;
      }
      case Word.CURRENTLY -> {
        e.reference = "PRESENT_REF";
        return i + 1;
      }
      default -> {
        return -1;
      }
    }
    return partOfDay(t, i + 1, e);
  }

  /** A part of the day after a day: "Wednesday morning", "yesterday afternoon", "Monday night". */
  static int partOfDay(Pieces t, int j, Expression e) {
    Word p = t.w(j);
    if (p != null && p.part != null && !p.plural) {
      e.part = p.part;
      return j + 1;
    }
    return j;
  }

  /** Forms that start with "last", "next", "this", "coming", "previous", "following", "current", "that". */
  static int relation(Pieces t, int i, Expression e) {
    boolean afterThe = t.is(i - 1, "the");
    int r = t.w(i).relation;
    int j = i + 1;
    Word second = t.w(j);
    if (r == Word.THIS && second != null && second.relation == Word.PAST) {
      r = Word.LAST;
      j++;
    } else if (r == Word.THIS && second != null && second.relation == Word.COMING) {
      r = Word.NEXT;
      j++;
    }
    if ((r == Word.CURRENT || r == Word.LATEST) && t.w(j) != null && t.w(j).marker == Word.FISCAL) {
      j++;
    }
    Word next = t.w(j);
    if (i > 0 && t.capitalised(i) && t.capitalised(j) && t.isWord(i - 1) && !t.capitalised(i - 1)
        && (next == null || next.unit != null || next.part != null)) {
      // "ITV's This Morning", "on This Week": the name of a programme, not a date.
      return -1;
    }
    if (next == null) {
      // "current" on its own: "the current system", "current market conditions"; not "current account".
      if (r == Word.CURRENT && t.is(i, "current") && !t.isTightMark(j, '-') && !t.is(j, "account")
          && !t.is(j, "accounts") && !t.is(j, "affairs")) {
        e.reference = "PRESENT_REF";
        return i + 1;
      }
      return -1;
    }
    if (next.unit != null) {
      if (t.capitalised(i) && t.capitalised(j) && i > 0 && t.kind[i - 1] == Pieces.MARK && isQuote(t.value[i - 1])) {
        // "This Week" in quotes: the name of a programme.
        return -1;
      }
      return unit(t, i, j, r, afterThe, e);
    }
    if (next.marker == Word.PERIOD && r == Word.LATEST) {
      return latestQuarter(e, afterThe, j + 1);
    }
    if (next.part != null && !next.plural) {
      return partOfDayAfter(r, afterThe, j, next.part, e);
    }
    int direction = r == Word.LAST ? Word.LAST : r == Word.NEXT || r == Word.COMING ? Word.NEXT
        : r == Word.THIS ? Word.THIS : 0;
    if (next.month != 0 && t.capitalised(j) && direction != 0) {
      // "last June", "next January", "last Oct. 23"
      int end = CalendarForms.month(t, j, e);
      if (end > 0 && e.year == Expression.NONE && e.yearShift == Expression.NONE) {
        e.direction = direction;
      }
      return end;
    }
    if (next.weekday != 0 && Context.isWeekday(t, j)) {
      if (direction == 0 && (r == Word.PREVIOUS || r == Word.FOLLOWING) && afterThe) {
        // "the previous Friday": counted from the day mentioned before.
        direction = r == Word.PREVIOUS ? Word.LAST : Word.NEXT;
        e.anchor = Anchor.PREVIOUS_OR_REFERENCE;
        e.usesThe = true;
      } else if (direction == 0) {
        return -1;
      }
      e.weekday = next.weekday;
      e.granularity = Unit.DAY;
      e.direction = direction;
      return partOfDay(t, j + 1, e);
    }
    if (next.season != null && direction != 0) {
      e.season = next.season;
      e.granularity = Unit.SEASON;
      e.direction = direction;
      return j + 1;
    }
    if (next.holiday != 0 && direction != 0) {
      int end = Holidays.match(t, j, e);
      e.direction = direction;
      return end;
    }
    if (r == Word.CURRENT && t.is(i, "current")) {
      e.reference = "PRESENT_REF";
      return i + 1;
    }
    return -1;
  }

  private static int unit(Pieces t, int i, int j, int r, boolean afterThe, Expression e) {
    Word u = t.w(j);
    if (u.plural) {
      // "the coming months", "the last three years" and the like are durations.
      return -1;
    }
    Unit unit = u.unit;
    if (unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.HALF) {
      return -1;
    }
    int end = j + 1;
    switch (r) {
      case Word.LAST, Word.NEXT, Word.THIS -> {
        if (afterThe) {
          // "the last week", "over the next year": durations; "the next day" is the day after the one named.
          if (r == Word.NEXT && unit == Unit.DAY) {
            e.shift(Anchor.PREVIOUS, Unit.DAY, 1).usesThe = true;
            return end;
          }
          return -1;
        }
        if (unit == Unit.DAY) {
          return -1;
        }
        int amount = r == Word.LAST ? -1 : r == Word.NEXT ? 1 : 0;
        if (unit == Unit.QUARTER && r == Word.THIS) {
          // "this quarter" in earnings news is the quarter being reported, if one was named.
          e.shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.QUARTER, 0);
          return end;
        }
        shiftUnit(e, Anchor.REFERENCE, unit, amount);
        return end;
      }
      case Word.PREVIOUS, Word.FOLLOWING, Word.COMING -> {
        int amount = r == Word.PREVIOUS ? -1 : 1;
        Anchor anchor = r == Word.COMING ? Anchor.REFERENCE : Anchor.PREVIOUS_OR_REFERENCE;
        if (unit == Unit.DAY && r != Word.COMING) {
          anchor = Anchor.PREVIOUS;
        }
        shiftUnit(e, anchor, unit, amount);
        e.usesThe = afterThe;
        return end;
      }
      case Word.CURRENT -> {
        shiftUnit(e, Anchor.REFERENCE, unit, 0);
        e.usesThe = afterThe;
        return end;
      }
      case Word.LATEST -> {
        return unit == Unit.QUARTER ? latestQuarter(e, afterThe, end) : unit == Unit.YEAR
            ? latestYear(e, afterThe, end) : -1;
      }
      case Word.THAT -> {
        shiftUnit(e, Anchor.PREVIOUS, unit, 0);
        return end;
      }
      default -> {
        return -1;
      }
    }
  }

  private static void shiftUnit(Expression e, Anchor anchor, Unit unit, int amount) {
    if (unit == Unit.WEEKEND) {
      e.shift(anchor, Unit.WEEK, amount).weekend = true;
      e.granularity = Unit.WEEKEND;
    } else {
      e.shift(anchor, unit, amount);
    }
  }

  /** "the latest quarter", "the latest period": the quarter named before, else the last one that ended. */
  private static int latestQuarter(Expression e, boolean afterThe, int end) {
    e.shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.QUARTER, 0).fallbackAmount = -1;
    e.usesThe = afterThe;
    return end;
  }

  private static int latestYear(Expression e, boolean afterThe, int end) {
    e.shift(Anchor.REFERENCE, Unit.YEAR, -1);
    e.usesThe = afterThe;
    return end;
  }

  /** "this morning", "last night", "this afternoon", "the following morning". */
  private static int partOfDayAfter(int r, boolean afterThe, int j, PartOfDay part, Expression e) {
    switch (r) {
      case Word.THIS -> e.shift(Anchor.REFERENCE, Unit.DAY, 0);
      case Word.LAST -> {
        if (afterThe) {
          return -1;
        }
        e.shift(Anchor.REFERENCE, Unit.DAY, -1);
      }
      case Word.NEXT, Word.FOLLOWING, Word.PREVIOUS -> {
        if (!afterThe) {
          return -1;
        }
        e.shift(Anchor.PREVIOUS, Unit.DAY, r == Word.PREVIOUS ? -1 : 1).usesThe = true;
      }
      case Word.THAT -> e.shift(Anchor.PREVIOUS, Unit.DAY, 0);
      default -> {
        return -1;
      }
    }
    e.part = part;
    return j + 1;
  }
}
