package io.github.lede.cli;

import static io.github.lede.cli.CliTest.json;
import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and odd searches from the command line end in an answer or a one-line error, never a stack trace. */
class SearchLimitsCliTest {
  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void indexFixtures() {
    index = dir.resolve("idx").toString();
    Run r = lede("index", "index-fixtures", "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
  }

  private static void assertUsageError(Run r, String says) {
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(says), r.err());
    assertFalse(r.err().contains("\tat "), "a stack trace reached the user: " + r.err());
    assertFalse(r.err().contains("unexpected error"), r.err());
  }

  @Test
  void aQueryTooLargeForLuceneIsAUsageErrorInEveryCommand() {
    String wide = IntStream.range(0, 342).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    for (String command : List.of("search", "people", "timeline")) {
      assertUsageError(lede(command, "--index", index, wide), "the limit is 1,000");
    }
    assertUsageError(lede("quotes", "--index", index, "b~ ".repeat(1100).strip()), "the query is too large");
  }

  @Test
  void manyFuzzyWordsGetAnAnswer() {
    Run r = lede("search", "--index", index, "oil~2 price~2 trade~2 bank~2 market~2 stock~2 share~2 rate~2 export~2"
        + " import~2 grain~2 wheat~2 corn~2 gold~2 sugar~2 coffee~2 cocoa~2 dollar~2 yen~2 money~2");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void dateOptionsTakePeriodsAndSayWhenARangeIsReversed() throws IOException {
    Map<?, ?> month = json(lede("search", "--index", index, "--json", "--published", "2024-09", "grid").out().strip());
    Map<?, ?> days = json(lede("search", "--index", index, "--json", "--published", "2024-09-01..2024-09-30", "grid")
        .out().strip());
    assertEquals(days.get("total"), month.get("total"));
    assertEquals(0, lede("search", "--index", index, "--mentions", "2024-Q1..2024-Q2").code());
    assertUsageError(lede("search", "--index", index, "--published", "2024-09..2024-06"), "ends before it starts");
    assertUsageError(lede("search", "--index", index, "--published", "2024-13"), "is not a date");
    assertEquals(0, lede("quotes", "--index", index, "--from", "2024-06", "--to", "2024").code());
    assertUsageError(lede("quotes", "--index", index, "--from", "2024-06", "--to", "2024-05"), "ends before it starts");
  }

  @Test
  void notAloneAndStarColonStarAnswer() throws IOException {
    long all = ((Number) json(lede("search", "--index", index, "--json", "*:*").out().strip()).get("total")).longValue();
    long grid = ((Number) json(lede("search", "--index", index, "--json", "grid").out().strip()).get("total")).longValue();
    long notGrid = ((Number) json(lede("search", "--index", index, "--json", "NOT grid").out().strip()).get("total"))
        .longValue();
    assertTrue(grid > 0 && notGrid > 0);
    assertEquals(all, grid + notGrid);
  }

  @Test
  void aLongOneLineArticlePrintsBoundedPassagesFlaggedAsCut() throws IOException {
    Path big = dir.resolve("big");
    Files.createDirectories(big);
    StringBuilder line = new StringBuilder("Headline: One long line\nPublished: 2024-06-03\n\n");
    for (int i = 0; line.length() < 2_000_000; i++) {
      line.append("the market rose on monday as traders bought oil futures and figure ").append(i)
          .append(" was noted in january 2024; ");
    }
    line.append("at the very end the treasurer resigned\n");
    Files.writeString(big.resolve("long.txt"), line);
    String bigIndex = dir.resolve("big-idx").toString();
    assertEquals(0, lede("index", big.toString(), "--index", bigIndex).code());
    Run text = lede("search", "--index", bigIndex, "market");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().length() < 5_000, "printed " + text.out().length() + " characters");
    assertTrue(text.out().contains("\u2026"), text.out());
    Map<?, ?> res = json(lede("search", "--index", bigIndex, "--json", "treasurer").out().strip());
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) res.get("hits")).get(0);
    assertEquals(true, hit.get("truncated"));
    Map<?, ?> body = (Map<?, ?>) ((List<?>) ((Map<?, ?>) hit.get("highlights")).get("body")).get(0);
    String passage = (String) body.get("text");
    assertTrue(passage.length() <= 400, passage);
    assertTrue(passage.endsWith("the treasurer resigned"), passage);
    assertEquals(true, body.get("truncatedBefore"));
    assertEquals(false, body.get("truncatedAfter"));
  }
}
