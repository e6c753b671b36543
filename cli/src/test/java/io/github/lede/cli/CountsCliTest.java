package io.github.lede.cli;

import static io.github.lede.cli.CliTest.json;
import static io.github.lede.cli.CliTest.jsonArray;
import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts over a search's matches (sources, people, timelines) narrowed by the search's own filters: each
 * count is the total of the search it stands for, which is what the page's facets and timeline promise.
 */
class CountsCliTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexFixtures() {
    index = dir.resolve("idx").toString();
    assertEquals(0, lede("index", "index-fixtures", "--index", index).code());
  }

  /** The exact number of articles a search with these arguments matches. */
  private static long total(String... args) throws IOException {
    String[] all = new String[args.length + 5];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index;
    all[3] = "--json";
    all[4] = "--exact-total";
    System.arraycopy(args, 0, all, 5, args.length);
    CliTest.Run r = lede(all);
    assertEquals(0, r.code(), r.err());
    return (Long) json(r.out().strip()).get("total");
  }

  private static List<?> counts(String... args) throws IOException {
    CliTest.Run r = lede(args);
    assertEquals(0, r.code(), r.err());
    return (List<?>) jsonArray(r.out());
  }

  @Test
  void eachSourceCountsTheArticlesASearchForItFinds() throws IOException {
    List<?> sources = counts("sources", "--index", index, "--json", "--top", "5");
    assertFalse(sources.isEmpty());
    for (Object o : sources) {
      Map<?, ?> s = (Map<?, ?>) o;
      assertEquals(total("--source", (String) s.get("name")), s.get("articles"), s.toString());
    }
    CliTest.Run text = lede("sources", "--index", index, "--top", "1");
    assertTrue(text.out().strip().matches("\\d+  \\S.*"), text.out());
  }

  @Test
  void peopleAndSourcesAreCountedWithinTheFilters() throws IOException {
    for (Object o : counts("people", "--index", index, "--json", "--source", "Reuters", "--published", "2024")) {
      Map<?, ?> p = (Map<?, ?>) o;
      assertEquals(total("--source", "Reuters", "--published", "2024", "--person", (String) p.get("name")),
          p.get("articles"), p.toString());
    }
    List<?> inJune = counts("sources", "--index", index, "--json", "--published", "2024-06");
    assertFalse(inJune.isEmpty());
    for (Object o : inJune) {
      Map<?, ?> s = (Map<?, ?>) o;
      assertEquals(total("--published", "2024-06", "--source", (String) s.get("name")), s.get("articles"), s.toString());
    }
  }

  @Test
  void aTimelineOfMentionedDatesCountsTheArticlesThatTalkAboutEachPeriod() throws IOException {
    List<?> published = counts("timeline", "--index", index, "--json", "korea OR power");
    List<?> mentioned = counts("timeline", "--index", index, "--json", "--dates", "mentions", "korea OR power");
    assertFalse(mentioned.isEmpty());
    String first = (String) ((Map<?, ?>) published.get(0)).get("period");
    String last = (String) ((Map<?, ?>) published.get(published.size() - 1)).get("period");
    for (Object o : mentioned) {
      Map<?, ?> m = (Map<?, ?>) o;
      String period = (String) m.get("period");
      assertTrue(period.compareTo(first) >= 0 && period.compareTo(last) <= 0, period + " outside " + first + ".." + last);
      assertEquals(total("--mentions", period, "korea OR power"), m.get("articles"), period);
    }
    // Within a --mentions range of its own, only the periods in it are counted.
    List<?> narrowed = counts("timeline", "--index", index, "--json", "--dates", "mentions", "--mentions", "2024-06");
    assertEquals(1, narrowed.size(), narrowed.toString());
    assertEquals("2024-06", ((Map<?, ?>) narrowed.get(0)).get("period"));
    assertEquals(total("--mentions", "2024-06"), ((Map<?, ?>) narrowed.get(0)).get("articles"));
  }

  @Test
  void countsAreBounded() {
    for (String command : List.of("people", "sources")) {
      for (String top : List.of("0", "1001")) {
        CliTest.Run r = lede(command, "--index", index, "--top", top);
        assertEquals(2, r.code(), command + " " + top);
        assertTrue(r.err().contains("--top must be 1 to 1000"), r.err());
      }
    }
    CliTest.Run days = lede("timeline", "--index", index, "--dates", "mentions", "--by", "day");
    assertEquals(2, days.code(), days.out());
    assertTrue(days.err().contains("at most 400 periods"), days.err());
  }
}
