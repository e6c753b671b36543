package io.github.lede.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The yearly occurrences of a date written without its year (a day, a month, a season, a quarter, a half, a
 * holiday) and the choice among them: the one the text names ("last June"), the one the tense points to, or
 * the nearest to the reference date.
 */
final class Occurrences {
  /** How much farther a future occurrence seems than a past one at the same distance. */
  private static final int FUTURE_WEIGHT = 2;
  /** How much farther an occurrence against a distant clue to the tense seems. */
  private static final int LEANING = 3;

  private Occurrences() {}

  /** The year nearest the reference in which the written day falls on the written weekday, if any. */
  private static int weekdayYear(Expression e, LocalDate ref) {
    int best = Integer.MIN_VALUE;
    long bestDistance = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate d = first(e, y);
      if (d != null && d.getDayOfWeek().getValue() == e.weekday) {
        long distance = Math.abs(Resolver.days(ref, d));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = y;
        }
      }
    }
    return best;
  }

  /** The first day of the expression's period in {@code year}, or null when it has none (29 February). */
  static LocalDate first(Expression e, int year) {
    try {
      if (e.holiday != 0) {
        return Holidays.in(e.holiday, year);
      }
      if (e.day != 0) {
        return LocalDate.of(year, e.month, e.day);
      }
      if (e.month != 0) {
        return LocalDate.of(year, e.month, 1);
      }
      if (e.quarter != 0) {
        return LocalDate.of(year, (e.quarter - 1) * 3 + 1, 1);
      }
      if (e.half != 0) {
        return LocalDate.of(year, e.half == 1 ? 1 : 7, 1);
      }
      if (e.season != null) {
        return LocalDate.of(year, e.season.firstMonth, 1);
      }
      return LocalDate.of(year, 1, 1);
    } catch (DateTimeException ex) {
      return null;
    }
  }

  /** The last day of the period that starts on {@code first}. */
  static LocalDate last(Expression e, LocalDate first) {
    if (e.holiday != 0 || e.day != 0) {
      return first;
    }
    if (e.month != 0) {
      return first.with(TemporalAdjusters.lastDayOfMonth());
    }
    if (e.quarter != 0 || e.season != null) {
      return first.plusMonths(3).minusDays(1);
    }
    if (e.half != 0) {
      return first.plusMonths(6).minusDays(1);
    }
    return first.with(TemporalAdjusters.lastDayOfYear());
  }

  /**
   * The year of the occurrence meant: {@code direction} is what the text says ({@link Word#LAST}: the latest
   * that has ended, {@link Word#NEXT}: the first that has not begun, {@link Word#THIS}: the one under way, or
   * 0), {@code tense} the sentence's tense when the text says nothing (past: the latest that has begun;
   * future: the first that has not ended; unknown: the nearest).
   */
  static int pickYear(Expression e, LocalDate ref, int direction, int tense) {
    int y0 = ref.getYear();
    if (e.weekday != 0 && e.day != 0) {
      // "Saturday, April 25": the year in which that day is a Saturday, if one is near.
      int match = weekdayYear(e, ref);
      if (match != Integer.MIN_VALUE) {
        return match;
      }
    }
    int best = Integer.MIN_VALUE;
    long bestDistance = Long.MAX_VALUE;
    for (int y = y0 - 2; y <= y0 + 1; y++) {
      LocalDate a = first(e, y);
      if (a == null) {
        continue;
      }
      LocalDate b = last(e, a);
      boolean begun = !a.isAfter(ref);
      boolean ended = b.isBefore(ref);
      switch (direction) {
        case Word.THIS -> {
          if (begun && !ended) {
            return y;
          }
        }
        case Word.LAST -> {
          if (ended) {
            best = y;
          }
        }
        case Word.NEXT -> {
          if (!begun && best == Integer.MIN_VALUE) {
            best = y;
          }
        }
        default -> {
          if (tense == Tense.PAST) {
            if (begun) {
              best = y;
            }
          } else if (tense == Tense.FUTURE) {
            if (!ended && best == Integer.MIN_VALUE) {
              best = y;
            }
          } else {
            // The nearest, with the future counting double: news tells of the past more than of the future; a
            // distant clue to the tense weighs in the same way.
            long pastWeight = tense == Tense.LEANS_FUTURE ? LEANING : 1;
            long futureWeight = FUTURE_WEIGHT * (tense == Tense.LEANS_PAST ? LEANING : 1);
            long d = begun ? (ended ? pastWeight * Resolver.days(b, ref) : 0) : futureWeight * Resolver.days(ref, a);
            if (d < bestDistance) {
              bestDistance = d;
              best = y;
            }
          }
        }
      }
    }
    return best == Integer.MIN_VALUE ? y0 : best;
  }
}
