package io.github.lede.extract.dates;

/**
 * A count of units shifted from a date: "two days ago", "a year ago", "six weeks ago", "nearly two weeks
 * ago", "a week or so ago", "11 days ago", "two years earlier", "a day later", "three years from now". The
 * count alone ("24 years", "a decade") is a duration and does not match; a vague count ("several years ago")
 * is TimeML's {@code PAST_REF}.
 */
final class ShiftForms {
  /** Counts of more than this many units are not dates people write this way. */
  private static final int MAX_COUNT = 999;

  private ShiftForms() {}

  static int count(Pieces t, int i, Expression e) {
    int j = i;
    // "nearly", "almost", "about", "some", "more than", "just over": kept in the expression.
    for (int k = 0; k < 2 && t.w(j) != null && t.w(j).marker == Word.APPROXIMATELY; k++) {
      j++;
    }
    if ((t.is(j, "more") || t.is(j, "less") || t.is(j, "fewer")) && t.is(j + 1, "than")) {
      j += 2;
    }
    int n;
    if (t.isPlainNumber(j, 1, 3)) {
      n = t.value[j];
      j++;
    } else {
      Word w = t.w(j);
      if (w == null || w.number < 0 && !w.vagueCount) {
        return -1;
      }
      n = w.vagueCount ? -1 : w.number;
      j++;
      if (n == 1 && t.w(j) != null && (t.w(j).number == 2 && t.is(j, "couple") || t.w(j).vagueCount)) {
        // "a couple of", "a few"
        n = t.w(j).vagueCount ? -1 : 2;
        j++;
      } else if (n >= 20 && n <= 90 && n % 10 == 0 && t.isTightMark(j, '-') && t.w(j + 1) != null
          && t.w(j + 1).number >= 1 && t.w(j + 1).number <= 9) {
        n += t.w(j + 1).number;
        j += 2;
      }
      if (t.is(j, "of")) {
        j++;
      }
    }
    if (n == 0 || n > MAX_COUNT) {
      return -1;
    }
    Word u = t.w(j);
    if (u == null || u.unit == null || u.unit == Unit.HOUR || u.unit == Unit.MINUTE || u.unit == Unit.HALF
        || u.unit == Unit.WEEKEND) {
      return -1;
    }
    Unit unit = u.unit;
    j++;
    if (t.is(j, "or") && t.is(j + 1, "so")) {
      j += 2;
    }
    Word s = t.w(j);
    if (t.is(j, "from") && t.is(j + 1, "now")) {
      return n < 0 ? -1 : shift(e, Anchor.REFERENCE, unit, n, j + 2);
    }
    if (s == null || s.shift == 0) {
      return -1;
    }
    switch (s.shift) {
      case Word.AGO -> {
        if (n < 0) {
          e.reference = "PAST_REF";
          return j + 1;
        }
        int end = shift(e, Anchor.REFERENCE, unit, -n, j + 1);
        if (n == 1 && unit == Unit.YEAR) {
          e.anchor = Anchor.RECENT_QUARTER_OR_REFERENCE;
        }
        return end;
      }
      case Word.BEFORE, Word.AFTER -> {
        // "two years earlier", "a day later"; a bare "before"/"after" only when nothing follows it.
        boolean bare = t.is(j, "before") || t.is(j, "after");
        if (n < 0 || bare && t.isWord(j + 1)) {
          return -1;
        }
        Anchor anchor = s.shift == Word.AFTER ? Anchor.PREVIOUS
            : unit == Unit.YEAR ? Anchor.RECENT_QUARTER_OR_REFERENCE : Anchor.PREVIOUS_OR_REFERENCE;
        int end = shift(e, anchor, unit, s.shift == Word.BEFORE ? -n : n, j + 1);
        e.keepAnchorGranularity = true;
        return end;
      }
      case Word.HENCE -> {
        return n < 0 ? -1 : shift(e, Anchor.REFERENCE, unit, n, j + 1);
      }
      default -> {
        return -1;
      }
    }
  }

  /** Sets the shift, counting decades and centuries in years and fortnights in weeks. */
  private static int shift(Expression e, Anchor anchor, Unit unit, int amount, int end) {
    switch (unit) {
      case Unit.DECADE -> e.shift(anchor, Unit.YEAR, amount * 10);
      case Unit.CENTURY -> e.shift(anchor, Unit.YEAR, amount * 100);
      case Unit.FORTNIGHT -> e.shift(anchor, Unit.WEEK, amount * 2);
      default -> e.shift(anchor, unit, amount);
    }
    return end;
  }
}
