package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede related} and {@code lede search --collapse} on the fixtures: output, JSON and exit codes. */
class RelatedCliTest {
  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void indexFixtures() {
    index = dir.resolve("idx").toString();
    CliTest.Run r = CliTest.lede("index", "index-fixtures", "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
  }

  @Test
  void relatedListsTheFollowUpsFirst() {
    CliTest.Run r = CliTest.lede("related", "harrowmere-0001", "--index", index, "-n", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("1. Kellerby families leave homes as cracks in Harrowmere dam widen"), r.out());
    assertTrue(r.out().contains("id harrowmere-0003"), r.out());
    assertTrue(!r.out().contains("valleypost-0412"), "the copy is never related: " + r.out());
  }

  @Test
  void relatedJsonHasSearchsShape() throws IOException {
    CliTest.Run r = CliTest.lede("related", "harrowmere-0001", "--index", index, "--within", "30d", "--json");
    assertEquals(0, r.code(), r.err());
    Map<?, ?> res = CliTest.json(r.out().strip());
    List<?> hits = (List<?>) res.get("hits");
    assertEquals("harrowmere-0002", ((Map<?, ?>) hits.get(0)).get("id"));
    assertTrue(hits.stream().noneMatch(h -> ((Map<?, ?>) h).get("id").equals("harrowmere-0003")), "45 days on");
  }

  @Test
  void anUnknownIdIsOneLineAndExitCodeOneAsForShow() {
    CliTest.Run r = CliTest.lede("related", "no-such-id", "--index", index);
    assertEquals(Main.FAILED, r.code());
    assertEquals("lede: no article with id no-such-id in " + index + "\n", r.err());
    CliTest.Run show = CliTest.lede("show", "no-such-id", "--index", index);
    assertEquals(show.code(), r.code());
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliTest.Run r = CliTest.lede("related", "harrowmere-0001", "--index", index, "--within", "soon");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--within takes a number and d, w, m or y"), r.err());
    CliTest.Run m = CliTest.lede("related", "harrowmere-0001", "--index", index, "--mentions", "2024");
    assertEquals(Main.USAGE, m.code());
    assertTrue(m.err().contains("related takes no --mentions"), m.err());
  }

  @Test
  void anUndatedArticleHasNoWindow() {
    CliTest.Run r = CliTest.lede("related", "index-fixtures/wire/nairobi-failed-rains.txt", "--index", index,
        "--within", "7d");
    assertEquals(Main.FAILED, r.code(), r.out());
    assertTrue(r.err().startsWith("lede: ") && r.err().contains("no publication date") && r.err().lines().count() == 1,
        r.err());
  }

  @Test
  void collapsedSearchSaysWhatFolded() throws IOException {
    CliTest.Run r = CliTest.lede("search", "--index", index, "--collapse", "kellerby");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("also as: valleypost-0412"), r.out());
    assertTrue(r.out().contains("also as: valleypost-0419"), r.out());
    CliTest.Run j = CliTest.lede("search", "--index", index, "--collapse", "--json", "kellerby");
    List<?> hits = (List<?>) CliTest.json(j.out().strip()).get("hits");
    assertEquals(4, hits.size());
    assertTrue(hits.stream().anyMatch(h -> List.of("valleypost-0412").equals(((Map<?, ?>) h).get("duplicates"))),
        j.out());
    CliTest.Run plain = CliTest.lede("search", "--index", index, "kellerby");
    assertTrue(!plain.out().contains("also as:"), plain.out());
  }

  @Test
  void alsoAsShowsThreeIdsAndCountsTheRest() {
    assertEquals("also as: a, b, c (+2)", SearchCommand.alsoAs(List.of("a", "b", "c", "d", "e")));
    assertEquals("also as: a", SearchCommand.alsoAs(List.of("a")));
  }
}
