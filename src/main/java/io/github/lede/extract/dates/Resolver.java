package io.github.lede.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns a matched {@link Expression} into its TimeML value against the reference date, and remembers the last
 * date it resolved as the anchor for "a year earlier" and "the next day". One per text field and extraction
 * run; not shared between threads.
 *
 * <p>A date without a year ("June 18", "Wednesday", "the first quarter") takes the occurrence the text points
 * to ("last June", "next Tuesday"), else the one the tense of the sentence points to (past: the latest that
 * has begun; future: the earliest that has not ended), else the nearest one, a future one counting as twice
 * as far since news reports more than it foretells. With no reference date, relative and partial
 * expressions get no value rather than a guess.
 */
final class Resolver {
  /** How many sentences back a named quarter still anchors "a year ago". */
  private static final int QUARTER_REACH = 3;

  private final LocalDate reference;
  private Unit anchorGranularity;
  private LocalDate anchor;
  private int anchorSentence;
  /** The token just past the anchor's expression, within its sentence. */
  private int anchorEnd;
  /** The anchor was named by the calendar ("Aug. 12", "March 1998"), not counted from today ("yesterday"). */
  private boolean anchorNamed;
  /** The first day of the last quarter named, for "the quarter" and "a year earlier" in earnings news. */
  private LocalDate quarter;
  private int quarterSentence;
  /** How the last value was reached ("tense: past", "shift from the date before"), for explaining it. */
  private String how;

  Resolver(LocalDate reference) {
    this.reference = reference;
  }

  /** Forgets the anchor: a new field (headline, caption, body) starts afresh. */
  void reset() {
    anchor = null;
    anchorGranularity = null;
    quarter = null;
  }

  /**
   * The value of the expression at tokens {@code [first, end)} of sentence number {@code sentence}, or null
   * when it cannot be resolved. The tense of the sentence is read only when the value depends on it.
   */
  String resolve(Expression e, Pieces t, int first, int end, int sentence) {
    TenseSource tense = () -> Tense.of(t, first, end);
    how = "written in full";
    if (e.reference != null) {
      how = "TimeML reference value";
      return e.reference;
    }
    if (e.decade != Expression.NONE) {
      return Values.decade(e.decade);
    }
    if (e.century != Expression.NONE) {
      return Values.century(e.century);
    }
    Interval r = e.weekday != 0 && e.month == 0 ? weekday(e, tense) : e.isShift() ? shifted(e, sentence)
        : calendar(e, tense, sentence, sameClause(t, first, sentence));
    if (r == null) {
      how = "unresolved: no reference date" + (reference == null ? "" : " or date before");
      return null;
    }
    // Only dates named outright anchor what follows: "a year earlier" shifts from them, not from each other.
    if (r.granularity.atMost(Unit.YEAR) && (e.anchor == null || e.anchor == Anchor.REFERENCE)) {
      anchor = r.start;
      anchorGranularity = r.granularity == Unit.TIME ? Unit.DAY : r.granularity;
      anchorSentence = sentence;
      anchorEnd = end;
      anchorNamed = e.anchor == null;
      // Earnings news reports quarters that have ended; "a fourth-quarter charge" to come anchors nothing.
      if (r.granularity == Unit.QUARTER && e.anchor == null
          && (reference == null || r.start.plusMonths(3).isBefore(reference.plusDays(1)))) {
        quarter = r.start;
        quarterSentence = sentence;
      }
    }
    return Values.of(r.granularity, r.start, e);
  }

  /** How the last value {@link #resolve} gave was reached. */
  String how() {
    return how;
  }

  /** Gives the tense of the expression being resolved, computed only if a value needs it. */
  interface TenseSource {
    int tense();
  }

  /** A resolved value: its granularity and its first day. */
  private record Interval(Unit granularity, LocalDate start) {}

  private Interval weekday(Expression e, TenseSource tense) {
    LocalDate base = reference;
    if (e.anchor == Anchor.PREVIOUS_OR_REFERENCE && anchor != null && anchorGranularity == Unit.DAY) {
      base = anchor;
    }
    if (base == null) {
      return null;
    }
    int back = Math.floorMod(base.getDayOfWeek().getValue() - e.weekday, 7);
    int ahead = Math.floorMod(e.weekday - base.getDayOfWeek().getValue(), 7);
    int direction = e.direction;
    int t = direction == Word.LAST || direction == Word.NEXT ? Tense.UNKNOWN : tense.tense();
    LocalDate day;
    if (direction == Word.LAST) {
      day = base.minusDays(back == 0 ? 7 : back);
      how = "weekday: last";
    } else if (direction == Word.NEXT) {
      day = base.plusDays(ahead == 0 ? 7 : ahead);
      how = "weekday: next";
    } else if (Tense.isPast(t)) {
      day = base.minusDays(back);
      how = "weekday: past tense";
    } else if (Tense.isFuture(t) || direction == Word.THIS) {
      day = base.plusDays(ahead);
      how = Tense.isFuture(t) ? "weekday: future tense" : "weekday: this";
    } else {
      // Unmarked: the nearest, leaning to the past as news mostly reports what happened.
      day = back <= 4 ? base.minusDays(back) : base.plusDays(ahead);
      how = "weekday: nearest";
    }
    return new Interval(e.granularity == Unit.TIME ? Unit.TIME : Unit.DAY, day);
  }

  private Interval shifted(Expression e, int sentence) {
    Unit unit = e.shiftUnit;
    int amount = e.shiftAmount;
    how = "shift from the reference date";
    switch (e.anchor) {
      case Anchor.REFERENCE -> {
        return reference == null ? null : period(unit, reference, amount, e);
      }
      case Anchor.RECENT_QUARTER_OR_REFERENCE -> {
        if (quarter != null && sentence - quarterSentence <= QUARTER_REACH) {
          how = "shift from the quarter named before";
          return new Interval(Unit.QUARTER, quarter.plusYears(amount));
        }
        if (e.keepAnchorGranularity && anchor != null && anchorNamed) {
          how = "shift from the date before";
          return new Interval(anchorGranularity, plus(anchor, unit, amount));
        }
        return reference == null ? null : period(unit, reference, amount, e);
      }
      default -> {
        if (unit == Unit.QUARTER) {
          // "the quarter", "the latest period": the quarter named before, else the last one that ended.
          if (quarter != null) {
            how = "shift from the quarter named before";
            return period(Unit.QUARTER, quarter, amount, e);
          }
        } else if (anchor != null && anchorGranularity.atMost(Unit.coarser(unit, Unit.DAY))) {
          how = "shift from the date before";
          if (e.keepAnchorGranularity && anchorGranularity.compareTo(unit) < 0) {
            return new Interval(anchorGranularity, plus(anchor, unit, amount));
          }
          return period(unit, anchor, amount, e);
        }
        if (e.anchor == Anchor.PREVIOUS || reference == null) {
          return null;
        }
        return period(unit, reference, e.fallbackAmount, e);
      }
    }
  }

  /** The period of {@code unit} that is {@code amount} units from the one holding {@code base}. */
  private static Interval period(Unit unit, LocalDate base, int amount, Expression e) {
    LocalDate d = plus(base, unit, amount);
    Unit granularity = switch (unit) {
      case Unit.FORTNIGHT -> Unit.WEEK;
      default -> unit;
    };
    if (e.weekend) {
      granularity = Unit.WEEKEND;
    } else if (granularity == Unit.DAY && e.hour >= 0) {
      granularity = Unit.TIME;
    }
    return new Interval(granularity, d);
  }

  private static LocalDate plus(LocalDate d, Unit unit, int amount) {
    return switch (unit) {
      case Unit.DAY, Unit.TIME -> d.plusDays(amount);
      case Unit.WEEK, Unit.WEEKEND -> d.plusWeeks(amount);
      case Unit.FORTNIGHT -> d.plusWeeks(2L * amount);
      case Unit.MONTH -> d.plusMonths(amount);
      case Unit.QUARTER -> d.plusMonths(3L * amount);
      case Unit.HALF -> d.plusMonths(6L * amount);
      case Unit.SEASON, Unit.YEAR -> d.plusYears(amount);
      case Unit.DECADE -> d.plusYears(10L * amount);
      case Unit.CENTURY -> d.plusYears(100L * amount);
      default -> d;
    };
  }

  /** The anchor lies in the same clause, before {@code first}: no comma, semicolon, "and" or "but" between. */
  private boolean sameClause(Pieces t, int first, int sentence) {
    if (anchor == null || anchorSentence != sentence || anchorEnd > first) {
      return false;
    }
    for (int i = anchorEnd; i < first; i++) {
      if (t.isMark(i, ',') || t.isMark(i, ';') || t.is(i, "and") || t.is(i, "but")) {
        return false;
      }
    }
    return true;
  }

  private Interval calendar(Expression e, TenseSource tense, int sentence, boolean anchorInClause) {
    if (e.year != Expression.NONE) {
      how = "written in full";
      return interval(e.granularity, Occurrences.first(e, e.year));
    }
    if (e.granularity == Unit.TIME && e.month == 0 && e.holiday == 0) {
      how = "clock time on the day named before or the reference day";
      // A clock time alone: on the day named just before in the sentence, else on the reference day.
      LocalDate day = anchor != null && anchorGranularity == Unit.DAY && anchorSentence == sentence ? anchor
          : reference;
      return day == null ? null : new Interval(Unit.TIME, day);
    }
    if (reference == null) {
      return null;
    }
    if (e.yearShift != Expression.NONE) {
      how = "year counted from the reference date";
      return interval(e.granularity, Occurrences.first(e, reference.getYear() + e.yearShift));
    }
    if (e.weekend) {
      how = "the weekend by tense";
      return weekend(e, tense);
    }
    if (e.direction == 0 && anchorInClause && Unit.MONTH.atMost(anchorGranularity)
        && anchor.getYear() != reference.getYear()) {
      // "Last summer the bloom did not appear until July": July of that summer's year.
      how = "year of the date before in its clause";
      return interval(e.granularity, Occurrences.first(e, anchor.getYear()));
    }
    int t = e.direction == 0 ? tense.tense() : 0;
    how = e.direction == Word.LAST ? "year: last" : e.direction == Word.NEXT ? "year: next"
        : e.direction == Word.THIS ? "year: this" : t == Tense.PAST ? "year: past tense"
        : t == Tense.FUTURE ? "year: future tense" : "year: nearest";
    int year = Occurrences.pickYear(e, reference, e.direction, t);
    return interval(e.granularity, Occurrences.first(e, year));
  }

  private static Interval interval(Unit granularity, LocalDate start) {
    return start == null ? null : new Interval(granularity, start);
  }

  private Interval weekend(Expression e, TenseSource tense) {
    int dow = reference.getDayOfWeek().getValue();
    int t = tense.tense();
    boolean past = Tense.isPast(t) || t == Tense.UNKNOWN && dow <= DayOfWeek.WEDNESDAY.getValue();
    LocalDate saturday = reference.plusDays(DayOfWeek.SATURDAY.getValue() - dow);
    if (past && dow < DayOfWeek.SATURDAY.getValue()) {
      saturday = saturday.minusWeeks(1);
    }
    return new Interval(Unit.WEEKEND, saturday);
  }

  /** Days from {@code a} to {@code b}. */
  static long days(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
