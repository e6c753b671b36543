package io.github.lede.cli;

import static io.github.lede.cli.CliTest.lede;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import io.github.lede.reliability.ChildLede;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** lede serve over a cluster: the page and the API read the cluster, answering what the commands print. */
  @Test
  void serveAnswersFromTheClusterAsTheCommandsDo() throws Exception {
    String url = cluster();
    assertEquals(0, lede("index", "index-fixtures/wire", "--opensearch", url).code());
    Pattern serving = Pattern.compile("lede: serving OpenSearch .* at (http://127\\.0\\.0\\.1:\\d+/) \\(this machine");
    ChildLede child = ChildLede.start(dir.resolve("logs"), "serve", "serve", "--opensearch", url, "--port", "0");
    try (HttpClient http = HttpClient.newHttpClient()) {
      URI served = null;
      for (int i = 0; i < 600 && served == null && child.process.isAlive(); i++) {
        Matcher m = serving.matcher(child.out());
        if (m.find()) {
          served = URI.create(m.group(1));
        } else {
          Thread.sleep(100);
        }
      }
      assertTrue(served != null, "no address said: " + child.out() + child.err());
      for (String[] api : new String[][] {{"search?q=missile", "search", "missile"}, {"people", "people"},
          {"timeline", "timeline"}}) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(served.resolve("/api/" + api[0])).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), api[0] + ": " + r.body());
        String[] command = java.util.stream.Stream.concat(java.util.stream.Stream.of(api[1], "--opensearch", url,
            "--json"), java.util.Arrays.stream(api, 2, api.length)).toArray(String[]::new);
        assertEquals(lede(command).out().strip(), r.body(), api[0]);
      }
      HttpResponse<String> missing = http.send(HttpRequest.newBuilder(served.resolve("/api/articles/no-such-id")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, missing.statusCode(), missing.body());
      child.signal("TERM");
      assertEquals(143, child.await(60));
      assertTrue(child.err().contains("lede: stopped serving OpenSearch"), child.err());
    } finally {
      child.kill();
    }
  }
}
