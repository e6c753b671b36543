package io.github.lede.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A calendar date as a metadata value or a line of text writes it; {@code year} is 0 when none is written
 * ("Feb 26" in a dateline).
 */
public record WrittenDate(int year, int month, int day) {
  /** The date, taking the year nearest the reference date when none was written; null if impossible. */
  public LocalDate resolve(LocalDate reference) {
    try {
      if (year != 0) {
        return LocalDate.of(year, month, day);
      }
      if (reference == null) {
        return null;
      }
      return PublicationDates.nearest(MonthDay.of(month, day), reference);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
