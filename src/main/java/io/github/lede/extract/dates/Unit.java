package io.github.lede.extract.dates;

/**
 * Units of time, and the granularities of a value, from the finest up: a value's granularity is a unit
 * ({@link #DAY} for {@code 2024-06-19}, {@link #WEEK} for {@code 2024-W24}). {@link #HOUR} and {@link #MINUTE}
 * come last: they count durations ("three hours ago" is not a date lede resolves), never a granularity.
 */
enum Unit {
  TIME, DAY, WEEKEND, WEEK, FORTNIGHT, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, HOUR, MINUTE;

  /** This unit is no coarser than {@code other}. */
  boolean atMost(Unit other) {
    return compareTo(other) <= 0;
  }

  /** The coarser of two units. */
  static Unit coarser(Unit a, Unit b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
