package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.SearchRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes, three shards, one replica: a corpus loads while one data node is killed with SIGKILL, and
 * nothing is lost: the cluster holds every article of the input, once, searches answered all along, and the
 * node, restarted, brings the cluster back to green. Bounded: at most 20,000 articles and 10 minutes.
 */
class ResilienceTest {
  private static final Path REUTERS = Path.of("../shared/corpus/reuters21578.jsonl");
  private static final int GENERATED = 4000;

  @TempDir Path tmp;

  @Test
  void aNodeKilledMidLoadLosesNothing() throws Exception {
    String base = TestCluster.url();
    assumeTrue(TestCluster.call("GET", "/_cluster/health", null).contains("\"number_of_nodes\":3"),
        "needs the three-node cluster ./lede test starts");
    Path corpus = Files.exists(REUTERS) ? REUTERS : generate(tmp.resolve("generated.jsonl"));
    Set<String> input = ids(corpus);
    assumeTrue(input.size() <= 20_000, "corpus larger than this test's bound");
    Path node3 = Path.of(System.getProperty("lede.cluster.script")).getParent().resolve("target/cluster/node-3");
    long pid = Long.parseLong(Files.readString(node3.resolve("opensearch.pid")).strip());
    String url = TestCluster.freshIndex("resilience");
    OpenSearchOptions options = OpenSearchOptions.builder().shards(3).replicas(1).bulkBytes(1 << 20).build();
    assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
      try (Lede lede = Lede.open(OpenSearchStore.connect(url, options, LedeOptions.defaults()),
          LedeOptions.defaults())) {
        AtomicLong indexed = new AtomicLong();
        AtomicBoolean loading = new AtomicBoolean(true);
        CompletableFuture<IndexSummary> load = CompletableFuture.supplyAsync(() -> {
          try {
            return lede.index(List.of(corpus), new IndexListener() {
              @Override
              public void onProgress(long files, long articles, long bytes) {
                indexed.set(articles);
              }
            });
          } finally {
            loading.set(false);
          }
        });
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
          while (loading.get()) {
            try {
              lede.refresh();
              lede.search(SearchRequest.builder("oil OR price").size(5).build());
              answered.incrementAndGet();
            } catch (RuntimeException e) {
              // before the first write there is no index yet; after it, a failed search is a failure
              if (indexed.get() > 0) {
                failed.incrementAndGet();
              }
            }
            sleep(200);
          }
        });
        while (indexed.get() < input.size() / 3 && !load.isDone()) {
          sleep(100);
        }
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false), "kill node-3");
        IndexSummary summary = load.get();
        searching.get();
        assertEquals(input.size(), summary.indexed() + summary.failed(), summary.failures().toString());
        assertTrue(summary.failed() <= 1, "only an article without text may fail: " + summary.failures());
        assertEquals(summary.indexed(), lede.stats().articles());
        Set<String> stored = storedIds(url.substring(url.lastIndexOf('/') + 1));
        assertEquals(summary.indexed(), stored.size());
        assertTrue(input.containsAll(stored));
        assertTrue(answered.get() > 0 && failed.get() == 0, answered + " searches answered, " + failed + " failed");
      }
    });
    restartAndWaitForGreen(Path.of(System.getProperty("lede.cluster.script")));
  }

  private static void restartAndWaitForGreen(Path script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", script.toString(), "start", "--nodes", "3").inheritIO().start();
    assertEquals(0, p.waitFor(), "node-3 restarts");
    String health = TestCluster.call("GET", "/_cluster/health?wait_for_status=green&timeout=180s", null);
    assertTrue(health.contains("\"status\":\"green\""), health);
  }

  private static Set<String> ids(Path jsonl) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        try (var r = Http.JSON.createReader(new StringReader(line))) {
          ids.add(r.readObject().getString("id"));
        }
      }
    }
    return ids;
  }

  /** Every id in the index, page by page in id order. */
  private static Set<String> storedIds(String alias) {
    Set<String> out = new HashSet<>();
    String after = null;
    while (true) {
      String body = "{\"size\":5000,\"_source\":false,\"sort\":[{\"id\":\"asc\"}]"
          + (after == null ? "" : ",\"search_after\":" + after) + "}";
      JsonObject reply;
      try (var r = Http.JSON.createReader(new StringReader(TestCluster.call("POST", "/" + alias + "/_search", body)))) {
        reply = r.readObject();
      }
      JsonArray hits = reply.getJsonObject("hits").getJsonArray("hits");
      for (int i = 0; i < hits.size(); i++) {
        assertTrue(out.add(hits.getJsonObject(i).getString("_id")), "an id twice");
      }
      if (hits.size() < 5000) {
        return out;
      }
      after = hits.getJsonObject(hits.size() - 1).getJsonArray("sort").toString();
    }
  }

  /** Articles of made-up words, for machines without the Reuters corpus. */
  private static Path generate(Path file) throws IOException {
    String[] words = {"oil", "price", "grain", "port", "market", "bank", "rate", "shares", "council", "talks",
        "export", "harvest", "storm", "court", "minister", "trade", "deal", "strike", "ferry", "power"};
    java.util.Random random = new java.util.Random(12);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < GENERATED; i++) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 6; s++) {
          body.append("The ");
          for (int k = 0; k < 12; k++) {
            body.append(words[random.nextInt(words.length)]).append(' ');
          }
          body.append("rose on Tuesday. ");
        }
        w.write("{\"id\":\"gen-" + i + "\",\"headline\":\"" + words[i % words.length] + " report " + i
            + "\",\"published\":\"2024-06-" + (1 + i % 28 < 10 ? "0" : "") + (1 + i % 28) + "\",\"body\":\""
            + body + "\"}\n");
      }
    }
    return file;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
