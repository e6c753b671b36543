package io.github.lede.index;

import io.github.lede.model.DateRange;

/**
 * A date value ({@code 2024-06-19}, {@code 2024-W24}, {@code 2024-Q1}, {@code 199X}, ...) as the epoch days it
 * covers, {@code [first, last]}, for point and range fields. The reading itself is {@link DateRange#ofValue},
 * the same one that {@link DateRange#parse} and the query syntax use. As doc values an interval is one long,
 * its first day in the high 32 bits and its length in days in the low ones: facets count from these without
 * reading stored fields, and sorted values come in order of first day.
 */
public final class DayIntervals {
  private DayIntervals() {}

  /** The interval, or null when the value names no fixed stretch of days. */
  public static long[] of(String value) {
    DateRange r = DateRange.ofValue(value);
    return r == null ? null : new long[] {r.from().toEpochDay(), r.to().toEpochDay()};
  }

  /** An interval as one doc value; epoch days of years 0 to 9999 fit in an int. */
  public static long encode(long first, long last) {
    return (first << 32) | (last - first);
  }

  /** The first day of an encoded interval. */
  public static long first(long encoded) {
    return encoded >> 32;
  }

  /** The last day of an encoded interval. */
  public static long last(long encoded) {
    return first(encoded) + (encoded & 0xFFFF_FFFFL);
  }
}
