package io.github.lede.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns a date value as TimeML writes it into the days it covers, as epoch days {@code [first, last]}:
 * {@code 2024-06-19} (and times on it, {@code 2024-06-19TMO}), {@code 2024-W24}, {@code 2024-06},
 * {@code 2024-Q1}, {@code 2024-H1}, seasons ({@code 2024-SU}), {@code 2024}, {@code 199X}, {@code 19XX}.
 * Values it cannot place ({@code PRESENT_REF}, {@code XXXX-06}) give null. The one reading of a period
 * in lede: the mentioned dates an index holds, the dates of the query syntax ({@code mentions:2024-01}) and
 * {@link DateRange#parse} all go through it.
 */
final class Periods {
  private Periods() {}

  /** The interval, or null when the value names no fixed stretch of days. */
  static long[] of(String value) {
    if (value == null || value.length() < 4) {
      return null;
    }
    try {
      String v = value.strip();
      String year = v.substring(0, 4);
      if (year.endsWith("XX") && allDigits(year.substring(0, 2))) {
        int c = Integer.parseInt(year.substring(0, 2)) * 100;
        return span(LocalDate.of(c, 1, 1), LocalDate.of(c + 99, 12, 31));
      }
      if (year.endsWith("X") && allDigits(year.substring(0, 3))) {
        int d = Integer.parseInt(year.substring(0, 3)) * 10;
        return span(LocalDate.of(d, 1, 1), LocalDate.of(d + 9, 12, 31));
      }
      if (!allDigits(year)) {
        return null;
      }
      int y = Integer.parseInt(year);
      if (v.length() == 4) {
        return span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      if (v.charAt(4) != '-') {
        return null;
      }
      String rest = v.substring(5);
      if (rest.startsWith("W") && rest.length() >= 3 && allDigits(rest.substring(1, 3))) {
        int week = Integer.parseInt(rest.substring(1, 3));
        LocalDate monday = LocalDate.of(y, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return span(monday, monday.plusDays(6));
      }
      if (rest.startsWith("Q") && rest.length() == 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '4') {
        int q = rest.charAt(1) - '0';
        LocalDate first = LocalDate.of(y, (q - 1) * 3 + 1, 1);
        return span(first, first.plusMonths(3).minusDays(1));
      }
      if (rest.startsWith("H") && rest.length() == 2 && (rest.charAt(1) == '1' || rest.charAt(1) == '2')) {
        LocalDate first = LocalDate.of(y, rest.charAt(1) == '1' ? 1 : 7, 1);
        return span(first, first.plusMonths(6).minusDays(1));
      }
      long[] season = season(y, rest);
      if (season != null) {
        return season;
      }
      if (rest.length() >= 2 && allDigits(rest.substring(0, 2))) {
        int month = Integer.parseInt(rest.substring(0, 2));
        if (rest.length() == 2) {
          LocalDate first = LocalDate.of(y, month, 1);
          return span(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (rest.length() >= 5 && rest.charAt(2) == '-' && allDigits(rest.substring(3, 5))) {
          LocalDate day = LocalDate.of(y, month, Integer.parseInt(rest.substring(3, 5)));
          return span(day, day);
        }
      }
      return null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Northern-hemisphere seasons by their usual months: spring Mar-May, summer Jun-Aug, and so on. */
  private static long[] season(int y, String code) {
    return switch (code) {
      case "SP" -> span(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
      case "SU" -> span(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
      case "FA" -> span(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
      case "WI" -> span(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 1).with(TemporalAdjusters.lastDayOfMonth()));
      default -> null;
    };
  }

  private static long[] span(LocalDate first, LocalDate last) {
    return new long[] {first.toEpochDay(), last.toEpochDay()};
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
