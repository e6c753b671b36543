package io.github.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.index.DayIntervals;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One reading of periods for request filters, the query syntax and indexed date values. */
class DateRangeTest {
  private static DateRange range(String from, String to) {
    return new DateRange(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void endsArePeriodsOfAnySize() {
    assertEquals(range("2024-06-01", "2024-12-31"), DateRange.parse("2024-06-01..2024-12-31"));
    assertEquals(range("2024-01-01", "2024-03-31"), DateRange.parse("2024-01..2024-03"));
    assertEquals(range("2024-04-01", "2024-06-30"), DateRange.parse("2024-Q2"));
    assertEquals(range("2024-06-10", "2024-06-16"), DateRange.parse("2024-W24"));
    assertEquals(range("2023-01-01", null), DateRange.parse("2023.."));
    assertEquals(range(null, "2024-06-30"), DateRange.parse(" .. 2024-06 "));
    assertEquals(range("2024-06-19", "2024-06-19"), DateRange.parse("2024-06-19"));
  }

  @Test
  void aReversedRangeSaysSo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2024-06..2024-05"));
    assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
  }

  @Test
  void aBadPeriodSaysWhatAPeriodIs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2024-13..2024-14"));
    assertTrue(e.getMessage().startsWith("\"2024-13\" is not a date; write a day (2024-06-19)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DateRange.parse(".."));
    assertThrows(IllegalArgumentException.class, () -> DateRange.parse("yesterday"));
  }

  @Test
  void valuesAndIndexIntervalsAgree() {
    for (String v : new String[] {"2024-06-19", "2024-06-19TMO", "2024-W01", "2024-06", "2024-Q4", "2024-H2", "2024-SU",
        "2024-WI", "2024", "199X", "19XX"}) {
      DateRange r = DateRange.ofValue(v);
      long[] days = DayIntervals.of(v);
      assertEquals(r.from().toEpochDay(), days[0], v);
      assertEquals(r.to().toEpochDay(), days[1], v);
    }
    assertNull(DateRange.ofValue("PRESENT_REF"));
    assertNull(DateRange.ofValue("XXXX-06"));
    assertNull(DayIntervals.of("2024-02-30"));
  }
}
