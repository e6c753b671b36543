package io.github.lede.cli;

import static io.github.lede.cli.CliTest.json;
import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lede search's did-you-mean, --explain and --recent, on the fixtures. */
class SearchExtrasCliTest {
  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void indexFixtures() {
    index = dir.resolve("idx").toString();
    CliTest.Run r = lede("index", "index-fixtures", "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
  }

  @Test
  void noResultsSaysWhatWasMeant() throws IOException {
    CliTest.Run r = lede("search", "--index", index, "venkatraman", "refinary");
    assertEquals(0, r.code(), r.err());
    assertEquals("No results for 'venkatraman refinary'. Did you mean 'venkataraman refinery'?\n",
        r.out().replace("\r\n", "\n"));
    Map<?, ?> res = json(lede("search", "--index", index, "--json", "missle").out().strip());
    assertEquals("missile", res.get("suggestion"));
    assertNull(json(lede("search", "--index", index, "--json", "missile").out().strip()).get("suggestion"));
  }

  @Test
  void fewResultsEndWithTheSuggestion() {
    // "kestral" is misspelt; "refinery" finds one article alone, the corrected query matches it better.
    CliTest.Run r = lede("search", "--index", index, "--no-highlight", "kestral refinery");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("1 article\n"), r.out());
    assertTrue(r.out().endsWith("\nDid you mean 'kestrel refinery'?\n"), r.out());
  }

  @Test
  void explainPrintsATreeAndJsonCarriesIt() throws IOException {
    CliTest.Run r = lede("search", "--index", index, "--no-highlight", "-n", "1", "--explain", "ferry");
    assertEquals(0, r.code(), r.err());
    // The tree under the hit, its value first (which value moves with the fixtures' statistics).
    assertTrue(java.util.regex.Pattern.compile("   why this score:\n     \\d+\\.\\d{4}  sum of:").matcher(r.out()).find(),
        r.out());
    assertTrue(r.out().contains("weight(body:ferri in "), r.out());
    Map<?, ?> res = json(lede("search", "--index", index, "--json", "-n", "1", "--explain", "ferry").out().strip());
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) res.get("hits")).get(0);
    Map<?, ?> e = (Map<?, ?>) hit.get("explanation");
    assertEquals(((Number) hit.get("score")).doubleValue(), ((Number) e.get("value")).doubleValue(), 1e-4);
    assertTrue(((List<?>) e.get("details")).size() >= 2, e.toString());
  }

  @Test
  void recentRanksNewerFirstAndRefusesABadHalfLife() throws IOException {
    Map<?, ?> res = json(lede("search", "--index", index, "--json", "-n", "2", "--recent", "30d").out().strip());
    List<?> hits = (List<?>) res.get("hits");
    assertEquals("index-fixtures/web/ledger-library-hours.txt", ((Map<?, ?>) hits.get(0)).get("id"));
    assertEquals(1.0, ((Number) ((Map<?, ?>) hits.get(0)).get("score")).doubleValue(), 1e-6);
    res = json(lede("search", "--index", index, "--json", "-n", "1", "--recent", "1m", "--recent-from",
        "2025-04-11").out().strip());
    // 30 days over 30 + 30 days
    assertEquals(0.5, ((Number) ((Map<?, ?>) ((List<?>) res.get("hits")).get(0)).get("score")).doubleValue(), 1e-6);
    CliTest.Run bad = lede("search", "--index", index, "--recent", "soon", "ferry");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--recent takes a number of days"), bad.err());
  }

  @Test
  void theDemoShowsADidYouMean() {
    CliTest.Run r = lede("demo");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("lede search 'venkatraman refinary'\n"), r.out());
    assertTrue(r.out().contains("No results for 'venkatraman refinary'. Did you mean 'venkataraman refinery'?\n"),
        r.out());
  }
}
