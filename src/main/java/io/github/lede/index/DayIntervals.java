package io.github.lede.index;

import io.github.lede.model.DateRange;

/**
 * A date value ({@code 2024-06-19}, {@code 2024-W24}, {@code 2024-Q1}, {@code 199X}, ...) as the epoch days it
 * covers, {@code [first, last]}, for point and range fields. The reading itself is {@link DateRange#ofValue},
 * the same one that {@link DateRange#parse} and the query syntax use.
 */
public final class DayIntervals {
  private DayIntervals() {}

  /** The interval, or null when the value names no fixed stretch of days. */
  public static long[] of(String value) {
    DateRange r = DateRange.ofValue(value);
    return r == null ? null : new long[] {r.from().toEpochDay(), r.to().toEpochDay()};
  }
}
