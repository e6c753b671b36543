package io.github.lede.ingest.html;

import io.github.lede.text.PublicationDates;
import java.time.LocalDate;

/**
 * The calendar day of a metadata time stamp as the page's readers see it. A stamp given in UTC
 * ({@code 2021-11-04T23:00Z}, {@code +00:00}, {@code GMT}) or with no zone at all may fall on the day before or
 * after the one the site prints under its headline or writes into its address; the day the page itself shows
 * is taken then. A stamp with another offset ({@code +01:00}) is already in the site's local time and is kept.
 */
final class LocalDay {
  private LocalDay() {}

  /**
   * The stamp, or the first shown day when that is the stamp's day plus or minus one. A stamp without a
   * time of day is a day already and is kept; so is one that no shown day is near.
   */
  static String of(String stamp, String... shown) {
    if (stamp == null || !hasTime(stamp) || hasLocalOffset(stamp)) {
      return stamp;
    }
    LocalDate day = PublicationDates.parse(stamp);
    if (day == null) {
      return stamp;
    }
    for (String s : shown) {
      LocalDate d = s == null ? null : PublicationDates.parse(s);
      if (d != null) {
        return Math.abs(d.toEpochDay() - day.toEpochDay()) == 1 ? d.toString() : stamp;
      }
    }
    return stamp;
  }

  /**
   * Whether the stamp ends in an offset other than zero ("+01:00", "-0500"): a sign after the time, then
   * digits not all zero.
   */
  private static boolean hasLocalOffset(String stamp) {
    int colon = stamp.indexOf(':');
    for (int i = stamp.length() - 1; i > colon; i--) {
      char c = stamp.charAt(i);
      if (c == '+' || c == '-') {
        for (int k = i + 1; k < stamp.length(); k++) {
          char d = stamp.charAt(k);
          if (d >= '1' && d <= '9') {
            return true;
          }
        }
        return false;
      }
      if (!Character.isDigit(c) && c != ':') {
        return false;
      }
    }
    return false;
  }

  /** Whether a time of day follows the date: an hour and minutes joined by a colon. */
  private static boolean hasTime(String stamp) {
    for (int i = 1; i + 1 < stamp.length(); i++) {
      if (stamp.charAt(i) == ':' && Character.isDigit(stamp.charAt(i - 1)) && Character.isDigit(stamp.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
