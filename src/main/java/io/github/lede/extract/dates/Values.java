package io.github.lede.extract.dates;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Writes values as TimeML does: {@code 2023-09-13}, {@code 2024-06-19TMO}, {@code 2024-06-17T21:00},
 * {@code 2024-W24}, {@code 2024-W24-WE}, {@code 2024-06}, {@code 2024-SU}, {@code 2024-Q1}, {@code 2024-H2},
 * {@code 2024}, {@code 199X} (a decade) and {@code 19XX} (a century).
 */
final class Values {
  private Values() {}

  static String of(Unit granularity, LocalDate d, Expression e) {
    StringBuilder sb = new StringBuilder(16);
    switch (granularity) {
      case Unit.TIME, Unit.DAY -> {
        day(sb, d);
        if (e.hour >= 0) {
          sb.append('T');
          pad(sb, e.hour, 2);
          sb.append(':');
          pad(sb, e.minute, 2);
        } else if (e.part != null) {
          sb.append('T').append(e.part.code);
        }
      }
      case Unit.WEEK, Unit.WEEKEND, Unit.FORTNIGHT -> {
        pad(sb, d.get(IsoFields.WEEK_BASED_YEAR), 4);
        sb.append("-W");
        pad(sb, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
        if (granularity == Unit.WEEKEND) {
          sb.append("-WE");
        }
      }
      case Unit.MONTH -> {
        pad(sb, d.getYear(), 4);
        sb.append('-');
        pad(sb, d.getMonthValue(), 2);
      }
      case Unit.SEASON -> {
        // A winter belongs to the year of its December.
        int year = d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
        pad(sb, year, 4);
        sb.append('-').append(Season.of(d.getMonthValue()).code);
      }
      case Unit.QUARTER -> {
        pad(sb, d.getYear(), 4);
        sb.append("-Q").append((d.getMonthValue() - 1) / 3 + 1);
      }
      case Unit.HALF -> {
        pad(sb, d.getYear(), 4);
        sb.append("-H").append(d.getMonthValue() <= 6 ? 1 : 2);
      }
      case Unit.YEAR -> pad(sb, d.getYear(), 4);
      case Unit.DECADE -> {
        return decade(d.getYear() / 10);
      }
      case Unit.CENTURY -> {
        return century(d.getYear() / 100);
      }
      default -> throw new IllegalStateException("no value for granularity " + granularity);
    }
    return sb.toString();
  }

  static String decade(int firstThreeDigits) {
    StringBuilder sb = new StringBuilder(4);
    pad(sb, firstThreeDigits, 3);
    return sb.append('X').toString();
  }

  /** A century as its first two digits and two unknown ones: {@code 19XX}, which an index can place. */
  static String century(int firstTwoDigits) {
    StringBuilder sb = new StringBuilder(4);
    pad(sb, firstTwoDigits, 2);
    return sb.append("XX").toString();
  }

  private static void day(StringBuilder sb, LocalDate d) {
    pad(sb, d.getYear(), 4);
    sb.append('-');
    pad(sb, d.getMonthValue(), 2);
    sb.append('-');
    pad(sb, d.getDayOfMonth(), 2);
  }

  private static void pad(StringBuilder sb, int n, int width) {
    String s = Integer.toString(n);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(s);
  }
}
