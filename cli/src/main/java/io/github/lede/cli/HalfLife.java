package io.github.lede.cli;

import java.time.Duration;
import java.util.Locale;

/** A span of days as written on the command line: 30d, 2w, 6m (months of 30 days), 1y (365 days). */
final class HalfLife {
  private HalfLife() {}

  static Duration parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.length() < 2 || t.length() > 7) {
      throw bad(text);
    }
    long days = switch (t.charAt(t.length() - 1)) {
      case 'd' -> 1;
      case 'w' -> 7;
      case 'm' -> 30;
      case 'y' -> 365;
      default -> throw bad(text);
    };
    try {
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      if (n < 1) {
        throw bad(text);
      }
      return Duration.ofDays(n * days);
    } catch (NumberFormatException e) {
      throw bad(text);
    }
  }

  /** The day --recent-from names, as 2025-03-12. */
  static java.time.LocalDate day(String text) {
    try {
      return java.time.LocalDate.parse(text.trim());
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--recent-from takes a day written as 2025-03-12, not " + text);
    }
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException("--recent takes a number of days, weeks, months or years (30d, 2w, 6m, 1y),"
        + " not " + text);
  }
}
