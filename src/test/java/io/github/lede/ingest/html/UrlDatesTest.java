package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Publication dates written into addresses. */
class UrlDatesTest {
  @Test
  void yearFirstPathPartsAreRead() {
    assertEquals("2024-06-19", UrlDates.find("https://news.example/2024/06/19/ferry-stops/"));
    assertEquals("2024-06-19", UrlDates.find("https://news.example/archive/2024-06-19-ferry"));
  }

  @Test
  void aDayFirstPathPartIsReadOnlyWhenItCannotBeMonthFirst() {
    assertEquals("2021-10-29", UrlDates.find("https://verein.example/meldungen/29-10-2021"));
    assertEquals("2021-10-29", UrlDates.find("https://verein.example/meldungen/29.10.2021-jahresbericht"));
    assertNull(UrlDates.find("https://verein.example/meldungen/05-10-2021"));
    assertNull(UrlDates.find("https://verein.example/item/ab29-10-2021"));
    assertNull(UrlDates.find("https://verein.example/2024/06/ferry"));
  }
}
