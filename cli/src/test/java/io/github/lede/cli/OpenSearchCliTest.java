package io.github.lede.cli;

import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --opensearch URL}: the same commands on a cluster (./lede test starts one), with the same summaries,
 * exit codes and messages as on an index directory, and a clear line when the cluster is down.
 */
class OpenSearchCliTest {
  private static final AtomicInteger NAMES = new AtomicInteger();

  @TempDir Path dir;

  /** A URL naming an index of its own on the test cluster, or the test is skipped, saying why. */
  private static String cluster() {
    String unavailable = System.getProperty("lede.opensearch.unavailable", "");
    String url = System.getProperty("lede.opensearch", "");
    if (!unavailable.isBlank() || url.isBlank()) {
      abort("no OpenSearch cluster: " + (unavailable.isBlank() ? "none named (./lede test starts one)" : unavailable));
    }
    return url.replaceAll("/+$", "") + "/cli-test-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
  }

  @Test
  void aClusterThatIsDownIsOneLineNamingTheUrl() {
    CliTest.Run r = lede("stats", "--opensearch", "http://127.0.0.1:1/news");
    assertEquals(Main.FAILED, r.code());
    assertTrue(r.err().startsWith("lede: cannot reach OpenSearch at http://127.0.0.1:1/news"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void indexStatsSearchAndShowWorkOnACluster() {
    String url = cluster();
    CliTest.Run index = lede("index", "index-fixtures/wire", "--opensearch", url);
    assertEquals(0, index.code(), index.err());
    assertTrue(index.out().contains(" into " + url), index.out());
    CliTest.Run stats = lede("stats", "--opensearch", url);
    assertTrue(stats.out().lines().anyMatch(l -> l.matches("articles\\s+\\d+")), stats.out());
    assertTrue(stats.out().startsWith("index     " + url + "\n"), stats.out());
    CliTest.Run search = lede("search", "--opensearch", url, "missile");
    assertTrue(search.out().contains("North Korea fires ballistic missile"), search.out());
    CliTest.Run none = lede("show", "--opensearch", url, "no-such-id");
    assertEquals(Main.FAILED, none.code());
    assertTrue(none.err().contains("no article with id no-such-id in " + url), none.err());
  }

  @Test
  void readingAnIndexThatIsNotThereCreatesNothingAndIsAUsageError() {
    String url = cluster();
    for (String[] command : new String[][] {{"stats"}, {"search", "rain"}, {"show", "x"}, {"delete", "x"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
          java.util.stream.Stream.of("--opensearch", url)).toArray(String[]::new);
      CliTest.Run r = lede(args);
      assertEquals(Main.USAGE, r.code(), command[0] + ": " + r.err());
      assertEquals("lede: no index at " + url + ": no such OpenSearch index or alias (index some articles into it"
          + " first)\n", r.err(), command[0]);
    }
    // Still not there: none of them made it.
    assertEquals(Main.USAGE, lede("stats", "--opensearch", url).code());
  }

  @Test
  void deleteRemovesArticlesFromTheClusterAndNamesUnknownIds() throws IOException {
    String url = cluster();
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("rains.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.writeString(news.resolve("port.txt"), "Port reopens after storm\n\nThe port reopened on Tuesday.");
    assertEquals(0, lede("index", news.toString(), "--opensearch", url).code());
    CliTest.Run r = lede("delete", "--opensearch", url, "news/rains.txt", "nope");
    assertEquals(Main.FAILED, r.code(), r.err());
    assertEquals("deleted 1 article from " + url + "\n", r.out());
    assertEquals("lede: no article with id nope in " + url + "\n", r.err());
    assertTrue(lede("stats", "--opensearch", url).out().contains("articles  1\n"));
    assertTrue(lede("show", "--opensearch", url, "news/port.txt").out().startsWith("Port reopens"));
    assertEquals(Main.FAILED, lede("show", "--opensearch", url, "news/rains.txt").code());
  }

  @Test
  void theSummaryNamesDuplicatesAndNoticesAndARerunUpdates() throws IOException {
    String url = cluster();
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("a.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.writeString(news.resolve("b.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.writeString(news.resolve("d.jsonl"), "{\"id\": \"d1\", \"body\": \"Dry.\"}\n".repeat(2));
    CliTest.Run r = lede("index", news.toString(), "--opensearch", url);
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().startsWith("indexed 3 articles (3 new, 0 updated), 0 failed, 0 skipped, 1 duplicate,"
        + " 1 notice in "), r.out());
    assertTrue(r.out().contains("\n  duplicate: " + news.resolve("d.jsonl") + ":2: the same article as "
        + news.resolve("d.jsonl") + ":1 (id d1, the same headline and text); not indexed again\n"), r.out());
    assertTrue(r.out().contains("\n  notice:  " + news.resolve("b.txt") + ": the same headline and text as "
        + news.resolve("a.txt") + " (id news/a.txt); indexed under its own id, news/b.txt\n"), r.out());
    CliTest.Run again = lede("index", news.toString(), "--opensearch", url);
    assertTrue(again.out().startsWith("indexed 3 articles (0 new, 3 updated)"), again.out());
    assertTrue(lede("stats", "--opensearch", url).out().contains("articles  3\n"));
  }
}
