package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates as pages show them to readers. */
class ShownDatesTest {
  private static String read(String text) {
    java.time.LocalDate d = ShownDates.parse(text);
    return d == null ? null : d.toString();
  }

  @Test
  void foreignMonthNamesAfterAnOrdinalDotAreRead() {
    assertEquals("2019-03-12", read("vom 12. März 2019"));
    assertEquals("2022-01-28", read("Fr., 28. Jan. 2022"));
    assertEquals("2021-12-07", read("7. Dez 2021 // Werkstatt"));
  }

  @Test
  void theDeOfSpanishAndPortugueseDatesIsSkipped() {
    assertEquals("2022-05-03", read("3 de mayo de 2022"));
    assertEquals("2021-03-09", read("Publicado em 9 de março de 2021"));
  }

  @Test
  void aDayMonthYearWithATwoDigitYearIsRead() {
    assertEquals("2023-10-31", read("Von: Karl Brandt | 31.10.23"));
    assertEquals("2022-11-02", read("Kultur, 2.11.22"));
  }

  @Test
  void versionNumbersAndImpossibleDaysAreNotDates() {
    assertNull(read("Release 1.2.23.4 notes"));
    assertNull(read("Version 12.30.22"));
    assertNull(read("Score 4.5.6"));
  }
}
