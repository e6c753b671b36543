package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "2024-06-19 => 2024-06-19",
    "2024-06-19T08:15:00Z => 2024-06-19",
    "2024-06-19 10:30:00 => 2024-06-19",
    "2024/06/19 => 2024-06-19",
    "June 19, 2024 => 2024-06-19",
    "Sept. 13, 2023 => 2023-09-13",
    "Jun 19 2024 => 2024-06-19",
    "19 June 2024 10:32 GMT => 2024-06-19",
    "Wed, 19 Jun 2024 10:32:00 GMT => 2024-06-19",
    "Wednesday, June 19th, 2024 => 2024-06-19",
    "19.06.2024 => 2024-06-19",
    "19.06.2024 12:44 => 2024-06-19",
    "06/19/2024 => 2024-06-19",
    "Published 6:42 p.m. ET June 18, 2024 | Updated 9:15 a.m. => 2024-06-18",
  })
  void parsesTheFormsNewsSitesWrite(String text, String expected) {
    assertEquals(LocalDate.parse(expected), PublicationDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "June 2024", "Feb 30, 2024", "2024-13-01", "no date here", "28.09.1912:44"})
  void refusesWhatIsNotADay(String text) {
    assertNull(PublicationDates.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"2024-01-05,2023-12-28", "2024-11-30,2024-12-28"})
  void dayWithoutYearTakesTheNearestYear(String reference, String expected) {
    assertEquals(LocalDate.parse(expected),
        PublicationDates.find("Dec. 28").resolve(LocalDate.parse(reference)));
  }
}
