package io.github.lede.model;

import java.time.LocalDate;

/** An inclusive range of days; a null end leaves that side open. */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    if (from == null && to == null) {
      throw new IllegalArgumentException("a date range needs at least one end");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + to);
    }
  }

  /** The range of one day. */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Parses {@code FROM..TO}, where either end may be empty and each is {@code YYYY-MM-DD}. */
  public static DateRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      LocalDate day = LocalDate.parse(text.strip());
      return day(day);
    }
    String a = text.substring(0, dots).strip();
    String b = text.substring(dots + 2).strip();
    return new DateRange(a.isEmpty() ? null : LocalDate.parse(a), b.isEmpty() ? null : LocalDate.parse(b));
  }
}
