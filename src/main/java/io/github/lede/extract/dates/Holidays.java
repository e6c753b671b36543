package io.github.lede.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Holidays that news dates events by ("on Thanksgiving Day", "since Christmas"): their names, and their day
 * in a given year, fixed or computed (Easter by the Gregorian computus, the US Monday and Thursday holidays by
 * their rule). Names that are also ordinary words ("boxing", "labor", "new") count only when the whole name
 * is written in capitals.
 */
final class Holidays {
  static final int CHRISTMAS = 1;
  static final int CHRISTMAS_EVE = 2;
  static final int NEW_YEARS_DAY = 3;
  static final int NEW_YEARS_EVE = 4;
  static final int THANKSGIVING = 5;
  static final int EASTER = 6;
  static final int HALLOWEEN = 7;
  static final int VALENTINES = 8;
  static final int BOXING_DAY = 9;
  static final int LABOR_DAY = 10;
  static final int MEMORIAL_DAY = 11;
  /** Marks "New", which starts "New Year's Day" and "New Year's Eve". */
  private static final int NEW = 12;

  private Holidays() {}

  static void words(BiConsumer<String, Consumer<Word>> put) {
    put.accept("christmas", w -> w.holiday = CHRISTMAS);
    put.accept("xmas", w -> w.holiday = CHRISTMAS);
    put.accept("thanksgiving", w -> w.holiday = THANKSGIVING);
    put.accept("easter", w -> w.holiday = EASTER);
    put.accept("halloween", w -> w.holiday = HALLOWEEN);
    put.accept("valentine", w -> w.holiday = VALENTINES);
    put.accept("boxing", w -> w.holiday = BOXING_DAY);
    put.accept("labor", w -> w.holiday = LABOR_DAY);
    put.accept("labour", w -> w.holiday = LABOR_DAY);
    put.accept("memorial", w -> w.holiday = MEMORIAL_DAY);
    put.accept("new", w -> w.holiday = NEW);
  }

  /** Matches a holiday's name at {@code i}; returns the end, or -1. */
  static int match(Pieces t, int i, Expression e) {
    if (!t.capitalised(i)) {
      return -1;
    }
    int h = t.w(i).holiday;
    int j = i + 1;
    switch (h) {
      case CHRISTMAS -> {
        if (isDayWord(t, j, "eve")) {
          h = CHRISTMAS_EVE;
          j++;
        } else if (isDayWord(t, j, "day")) {
          j++;
        }
      }
      case THANKSGIVING -> j = isDayWord(t, j, "day") ? j + 1 : j;
      case EASTER -> j = isDayWord(t, j, "sunday") ? j + 1 : j;
      case HALLOWEEN -> { }
      case VALENTINES, BOXING_DAY, LABOR_DAY, MEMORIAL_DAY -> {
        if (h == VALENTINES && t.isMark(j, '\'') && t.is(j + 1, "s")) {
          j += 2;
        } else if (h == VALENTINES && t.isMark(j, '’') && t.is(j + 1, "s")) {
          j += 2;
        }
        if (!isDayWord(t, j, "day")) {
          return -1;
        }
        j++;
      }
      case NEW -> {
        if (!t.is(j, "year") || !t.capitalised(j)) {
          return -1;
        }
        j++;
        if ((t.isMark(j, '\'') || t.isMark(j, '’')) && t.is(j + 1, "s")) {
          j += 2;
        }
        if (isDayWord(t, j, "eve")) {
          h = NEW_YEARS_EVE;
        } else if (isDayWord(t, j, "day")) {
          h = NEW_YEARS_DAY;
        } else {
          return -1;
        }
        j++;
      }
      default -> {
        return -1;
      }
    }
    e.holiday = h;
    e.granularity = Unit.DAY;
    return j;
  }

  private static boolean isDayWord(Pieces t, int i, String word) {
    return t.is(i, word) && t.capitalised(i);
  }

  /** The holiday's day in a year. */
  static LocalDate in(int holiday, int year) {
    return switch (holiday) {
      case CHRISTMAS -> LocalDate.of(year, 12, 25);
      case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
      case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
      case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
      case HALLOWEEN -> LocalDate.of(year, 10, 31);
      case VALENTINES -> LocalDate.of(year, 2, 14);
      case BOXING_DAY -> LocalDate.of(year, 12, 26);
      case THANKSGIVING -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      case LABOR_DAY -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      case MEMORIAL_DAY -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case EASTER -> easter(year);
      default -> throw new IllegalArgumentException("not a holiday: " + holiday);
    };
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
