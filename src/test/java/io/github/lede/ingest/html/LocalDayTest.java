package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A metadata time stamp's day against the day the page shows. */
class LocalDayTest {
  @Test
  void aUtcStampNextToTheShownDayTakesTheShownDay() {
    assertEquals("2021-11-05", LocalDay.of("2021-11-04T23:00Z", null, "2021-11-05"));
    assertEquals("2020-02-24", LocalDay.of("2020-02-25T02:25:54+00:00", "2020-02-24", "2020-02-25"));
    assertEquals("2022-05-03", LocalDay.of("Wed, 04 May 2022 00:25:56 GMT", null, null, "2022-05-03"));
    assertEquals("2022-05-04", LocalDay.of("2022-05-03 13:32:45", "2022-05-04"));
  }

  @Test
  void aStampWithALocalOffsetOrWithoutATimeOrFarFromTheShownDayIsKept() {
    assertEquals("2020-02-19T18:37:32+01:00", LocalDay.of("2020-02-19T18:37:32+01:00", "2020-02-18"));
    assertEquals("2022-05-07T13:43:46-0500", LocalDay.of("2022-05-07T13:43:46-0500", "2022-05-06"));
    assertEquals("2021-11-04", LocalDay.of("2021-11-04", "2021-11-05"));
    assertEquals("2021-11-04T23:00Z", LocalDay.of("2021-11-04T23:00Z", "2021-11-09"));
    assertEquals("2021-11-04T23:00Z", LocalDay.of("2021-11-04T23:00Z", null, null));
  }
}
