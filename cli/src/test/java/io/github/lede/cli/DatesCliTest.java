package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.index.DayIntervals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates from the command line: {@code --mentions} and {@code mentions:} on indexed fixtures, and {@code eval dates}. */
class DatesCliTest {
  @TempDir Path dir;

  private static final String TIMEML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>council</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-19" functionInDocument="CREATION_TIME">June 19, 2024</TIMEX3></DCT>
      <TEXT>
      The council voted <TIMEX3 tid="t1" type="DATE" value="2024-06-14">Friday</TIMEX3> after \
      <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of talks &amp; rows. It meets again \
      <TIMEX3 tid="t3" type="DATE" value="2024-W26">next week</TIMEX3>, as it did at \
      <TIMEX3 tid="t4" type="DATE" value="2024-W24">last week's</TIMEX3> session, and in \
      <TIMEX3 tid="t5" type="DATE" value="2026">2025</TIMEX3>. It rained yesterday. That was \
      <TIMEX3 tid="t6" type="DATE" value="2024-06-19">the day</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  private Path timeml() throws IOException {
    Path tml = dir.resolve("data").resolve("council.tml");
    Files.createDirectories(tml.getParent());
    Files.writeString(tml, TIMEML);
    return tml.getParent();
  }

  @Test
  void evalDatesScoresStrictRelaxedAndValue() throws IOException {
    CliTest.Run r = CliTest.lede("eval", "dates", "--timeml", timeml().toString());
    assertEquals(0, r.code(), r.err() + r.out());
    String[] lines = r.out().strip().split("\n");
    // Found: Friday, next week, last week, 2025, yesterday. Gold: the five DATE mentions, not the duration.
    assertEquals("dates relaxed F1 0.800, strict F1 0.600, value F1 0.600 (gold 5, found 5)", lines[lines.length - 1]);
  }

  @Test
  void evalDatesJsonHasTheDocumentedShape() throws IOException {
    CliTest.Run r = CliTest.lede("eval", "dates", "--json", "--timeml", timeml().toString());
    assertEquals(0, r.code(), r.err());
    Map<?, ?> json = CliTest.json(r.out().strip());
    assertEquals(List.of("strict", "relaxed", "value", "gold", "found"), List.copyOf(json.keySet()));
    assertEquals(Map.of("precision", 0.6, "recall", 0.6, "f1", 0.6), json.get("strict"));
    assertEquals(Map.of("precision", 0.8, "recall", 0.8, "f1", 0.8), json.get("relaxed"));
    assertEquals(Map.of("precision", 0.6, "recall", 0.6, "f1", 0.6, "accuracy", 0.75), json.get("value"));
    assertEquals(5L, json.get("gold"));
    assertEquals(5L, json.get("found"));
  }

  @Test
  void aMalformedFileIsNamedWithItsLineAndTheRestIsScored() throws IOException {
    Path data = timeml();
    Files.writeString(data.resolve("broken.tml"), "<TimeML>\n<TEXT>\nno end <TIMEX3 type=\"DATE\">x\n");
    CliTest.Run r = CliTest.lede("eval", "dates", "--timeml", data.toString());
    assertEquals(Main.FAILED, r.code());
    assertTrue(r.err().contains("broken.tml:"), r.err());
    assertTrue(r.out().contains("(gold 5, found 5)"), r.out());
  }

  @Test
  void noTimemlFilesIsAUsageError() {
    CliTest.Run r = CliTest.lede("eval", "dates", "--timeml", dir.toString());
    assertEquals(Main.USAGE, r.code());
  }

  @Test
  void mentionsFilterAndQueryFindArticlesThatTalkAboutADay() throws IOException {
    String index = dir.resolve("idx").toString();
    assertEquals(0, CliTest.lede("index", "index-fixtures", "--index", index).code());
    CliTest.Run filter = CliTest.lede("search", "--index", index, "--json", "-n", "50", "--mentions",
        "2024-01-10..2024-01-12", "missile");
    assertEquals(0, filter.code(), filter.err());
    List<?> hits = (List<?>) CliTest.json(filter.out().strip()).get("hits");
    assertFalse(hits.isEmpty());
    for (Object h : hits) {
      assertTrue(talksAbout((Map<?, ?>) h, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12)), h.toString());
    }
    CliTest.Run query = CliTest.lede("search", "--index", index, "--json", "-n", "50", "mentions:2024-01-10");
    assertEquals(0, query.code(), query.err());
    List<?> queryHits = (List<?>) CliTest.json(query.out().strip()).get("hits");
    assertFalse(queryHits.isEmpty());
    for (Object h : queryHits) {
      assertTrue(talksAbout((Map<?, ?>) h, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10)), h.toString());
    }
  }

  @Test
  void textOutputListsTheDatesOfEachHit() {
    String index = dir.resolve("idx").toString();
    assertEquals(0, CliTest.lede("index", "index-fixtures/wire/seoul-missile-reuters.txt", "--index", index).code());
    CliTest.Run r = CliTest.lede("search", "--index", index, "mentions:2024-01");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dates: Wednesday morning (2024-06-19TMO), January (2024-01)"), r.out());
  }

  /** Some date of the hit covers a day in {@code [from, to]}. */
  private static boolean talksAbout(Map<?, ?> hit, LocalDate from, LocalDate to) {
    for (Object o : (List<?>) hit.get("dates")) {
      long[] days = DayIntervals.of((String) ((Map<?, ?>) o).get("value"));
      if (days != null && days[0] <= to.toEpochDay() && days[1] >= from.toEpochDay()) {
        return true;
      }
    }
    return false;
  }
}
