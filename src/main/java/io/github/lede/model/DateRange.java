package io.github.lede.model;

import java.time.LocalDate;

/** An inclusive range of days; a null end leaves that side open. */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    if (from == null && to == null) {
      throw new IllegalArgumentException("a date range needs at least one end");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends before it starts: " + from + " to " + to);
    }
  }

  /** The range of one day. */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /**
   * Parses {@code FROM..TO}, or one period alone. Each end is a period as the query syntax writes it: a day
   * ({@code 2024-06-19}), week ({@code 2024-W25}), month ({@code 2024-06}), quarter ({@code 2024-Q2}), half
   * ({@code 2024-H1}) or year ({@code 2024}); {@code FROM} stands for the first day of its period and
   * {@code TO} for the last, so {@code 2024-01..2024-03} is the first quarter. Either end may be empty
   * ({@code 2024-06..}). A period alone is its own days: {@code 2024-06} is June 2024.
   *
   * @throws IllegalArgumentException for a period that is not one, or a range that ends before it starts,
   *     with a message that says which
   */
  public static DateRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      long[] days = days(text.strip());
      return new DateRange(LocalDate.ofEpochDay(days[0]), LocalDate.ofEpochDay(days[1]));
    }
    String a = text.substring(0, dots).strip();
    String b = text.substring(dots + 2).strip();
    LocalDate from = a.isEmpty() ? null : LocalDate.ofEpochDay(days(a)[0]);
    LocalDate to = b.isEmpty() ? null : LocalDate.ofEpochDay(days(b)[1]);
    if (from == null && to == null) {
      throw new IllegalArgumentException("\"" + text + "\" has no date at either end; write FROM..TO, as 2024-06..2024-08");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the range " + text.strip() + " ends before it starts (" + a + " is after "
          + b + "); write the earlier date first");
    }
    return new DateRange(from, to);
  }

  /**
   * The days a date value covers, as lede writes values ({@link DateMention#value()}) and the query syntax
   * takes them: days, weeks, months, quarters, halves, seasons ({@code 2024-SU}), years, decades
   * ({@code 199X}) and centuries ({@code 19XX}); a time of day stands for its day. Null for a value that
   * names no fixed stretch of days ({@code PRESENT_REF}, {@code XXXX-06}) or is not a date value at all.
   */
  public static DateRange ofValue(String value) {
    long[] days = Periods.of(value);
    return days == null ? null : new DateRange(LocalDate.ofEpochDay(days[0]), LocalDate.ofEpochDay(days[1]));
  }

  private static long[] days(String period) {
    long[] days = Periods.of(period);
    if (days == null) {
      throw new IllegalArgumentException(notADate(period));
    }
    return days;
  }

  private static String notADate(String value) {
    return "\"" + value + "\" is not a date; write a day (2024-06-19), week (2024-W25), month (2024-06),"
        + " quarter (2024-Q2) or year (2024)";
  }
}
