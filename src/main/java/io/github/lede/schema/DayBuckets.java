package io.github.lede.schema;

import io.github.lede.model.DateUnit;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The buckets of a date facet: days (epoch days) grouped by year, month or day, numbered so that neighbours
 * are consecutive, and named as ISO dates name them ({@code 2024}, {@code 2024-06}, {@code 2024-06-03}).
 *
 * <p>A date mention is an interval of days ({@code June 2024}, {@code 2024}, {@code 199X}) and counts in
 * every bucket it covers, at most {@link #MAX_PER_MENTION} of them: a mention that covers more buckets of the
 * unit asked for says nothing about any one of them, and counting it would cost a bucket per day of a decade,
 * so that facet leaves it out (a year counts in each of its days; a decade in its months and years, not in
 * days; a century in its years only). Every store applies this same rule.
 */
public final class DayBuckets {
  /** The most buckets one mention counts in: a leap year's days. */
  public static final int MAX_PER_MENTION = 366;

  private DayBuckets() {}

  /** The bucket of a day: its year, its month counted from year 0, or the day itself. */
  public static long of(long epochDay, DateUnit unit) {
    if (unit == DateUnit.DAY) {
      return epochDay;
    }
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return unit == DateUnit.YEAR ? d.getYear() : d.getYear() * 12L + d.getMonthValue() - 1;
  }

  /** True when the days {@code [first, last]} cover at most {@link #MAX_PER_MENTION} buckets of the unit. */
  public static boolean counted(long first, long last, DateUnit unit) {
    return of(last, unit) - of(first, unit) < MAX_PER_MENTION;
  }

  /** A bucket's name: {@code 2024}, {@code 2024-06} or {@code 2024-06-03}. */
  public static String name(long bucket, DateUnit unit) {
    return switch (unit) {
      case DAY -> LocalDate.ofEpochDay(bucket).toString();
      case MONTH -> year(Math.floorDiv(bucket, 12)) + (Math.floorMod(bucket, 12) < 9 ? "-0" : "-")
          + (Math.floorMod(bucket, 12) + 1);
      case YEAR -> year(bucket);
    };
  }

  /** A year in four digits at least, as ISO dates write it (a facet names thousands of buckets: no format()). */
  private static String year(long y) {
    if (y >= 1000 && y <= 9999) {
      return Long.toString(y);
    }
    return String.format(Locale.ROOT, "%04d", y);
  }
}
