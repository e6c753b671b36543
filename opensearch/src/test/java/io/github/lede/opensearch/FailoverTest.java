package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.reliability.GeneratedNews;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes: the suite's node-1 and two data nodes this class adds with opensearch/cluster.sh, and stops
 * when it is done. In order, on one set of nodes (starting one costs most of a minute on a small machine):
 * <ol>
 *   <li>a corpus loads into three shards with a replica each while node-3 is killed with SIGKILL; the
 *       cluster holds every article of the input, once, and searches answered all along;
 *   <li>node-3 restarts, with one write thread and a write queue of one, and the cluster is green again;
 *   <li>a load aimed at node-3 meets a storm of 429s from OpenSearch itself, and loses nothing;
 *   <li>node-2 is killed while searches run: each is answered, with the same hits as before.
 * </ol>
 * Bounded, as it runs in every {@code ./lede test}: the corpus is the first {@value #ARTICLES} articles of the
 * Reuters file when present, else as many generated ones; {@code -Dlede.failover.articles=all} loads the whole
 * Reuters file (about 19,000 articles, minutes more).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverTest {
  private static final Path REUTERS = Path.of("../shared/corpus/reuters21578.jsonl");
  private static final int ARTICLES = 5000;
  /** The index the storm test's articles go to: a template pins it to node-3. */
  private static final String STORM_TEMPLATE = "lede-test-storm";

  @TempDir Path tmp;

  private ClusterScript cluster;
  private String loaded;
  private String stormIndex;

  @BeforeAll
  void threeNodes() {
    cluster = ClusterScript.ofTestCluster();
    cluster.start(3);
  }

  @AfterAll
  void backToOneNode() {
    if (cluster == null) {
      return;
    }
    for (String url : new String[] {loaded, stormIndex}) {
      if (url != null) {
        TestCluster.call("DELETE", "/" + alias(url) + "_lede_*", null);
      }
    }
    TestCluster.call("DELETE", "/_index_template/" + STORM_TEMPLATE, null);
    cluster.stop(3, 2);
  }

  @Test
  @Order(1)
  void aNodeKilledMidLoadLosesNothingAndSearchesKeepAnswering() throws Exception {
    Path corpus = corpus();
    Set<String> input = ids(corpus);
    loaded = TestCluster.freshIndex("failover");
    OpenSearchOptions options = OpenSearchOptions.builder().shards(3).replicas(1).bulkBytes(1 << 20).build();
    Path file = corpus;
    assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
      try (Lede lede = Lede.open(OpenSearchStore.connect(loaded, options, LedeOptions.defaults()),
          LedeOptions.defaults())) {
        AtomicLong indexed = new AtomicLong();
        AtomicBoolean loading = new AtomicBoolean(true);
        CompletableFuture<IndexSummary> load = CompletableFuture.supplyAsync(() -> {
          try {
            return lede.index(List.of(file), new IndexListener() {
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
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
          while (loading.get()) {
            try {
              lede.search(SearchRequest.builder("oil OR price").size(5).build());
              answered.incrementAndGet();
            } catch (RuntimeException e) {
              // before the first write there is no index yet; after it, a failed search is a failure
              if (indexed.get() > 0) {
                failures.add(e.getMessage());
              }
            }
            sleep(200);
          }
        });
        while (indexed.get() < input.size() / 3 && !load.isDone()) {
          sleep(100);
        }
        assertTrue(cluster.kill(3), "kill node-3");
        IndexSummary summary = load.get();
        searching.get();
        assertEquals(input.size(), summary.indexed() + summary.failed(), summary.failures().toString());
        assertTrue(summary.failed() <= 1, "only an article without text may fail: " + summary.failures());
        assertEquals(summary.indexed(), summary.durable());
        assertEquals(summary.indexed(), lede.stats().articles());
        Set<String> stored = storedIds(alias(loaded));
        assertEquals(summary.indexed(), stored.size());
        assertTrue(input.containsAll(stored));
        assertTrue(answered.get() > 0 && failures.isEmpty(), answered + " searches answered; failed: " + failures);
      }
    });
  }

  @Test
  @Order(2)
  void theKilledNodeRestartsAndTheClusterIsGreenAgain() {
    cluster.start(3, "--write-queue", "1");
    String health = TestCluster.call("GET", "/_cluster/health?wait_for_status=green&timeout=180s", null);
    assertTrue(health.contains("\"status\":\"green\"") && health.contains("\"number_of_nodes\":3"), health);
  }

  @Test
  @Order(3)
  void a429StormFromTheClusterIsRetriedAndLosesNothing() {
    stormIndex = TestCluster.freshIndex("storm");
    // Every shard of the storm's index on node-3, whose write pool is one thread and a queue of one.
    TestCluster.call("PUT", "/_index_template/" + STORM_TEMPLATE, "{\"index_patterns\":[\"" + alias(stormIndex)
        + "_lede_*\"],\"priority\":10,\"template\":{\"settings\":{\"index.routing.allocation.require._name\":"
        + "\"node-3\"}}}");
    long rejectedBefore = writesRejected("node-3");
    OpenSearchOptions options = OpenSearchOptions.builder().replicas(0).bulkBytes(16 << 10).bulksInFlight(6)
        .retries(12).firstRetryDelay(Duration.ofMillis(20)).build();
    var articles = GeneratedNews.articles(22, 800);
    assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
      try (Lede lede = Lede.open(OpenSearchStore.connect(stormIndex, options, LedeOptions.defaults()),
          LedeOptions.defaults())) {
        IndexSummary s = lede.indexRaw(articles, IndexListener.NONE);
        assertEquals(articles.size(), s.indexed(), s.failures().toString());
        assertEquals(0, s.failed());
        assertEquals(articles.size(), lede.stats().articles());
      }
    });
    long rejected = writesRejected("node-3") - rejectedBefore;
    assertTrue(rejected > 0, "node-3 rejected no writes: there was no storm");
    System.out.println("FailoverTest: node-3 rejected " + rejected + " write requests (429) in the storm");
  }

  @Test
  @Order(4)
  void searchesRunningWhenANodeDiesAreAnsweredWithTheSameHits() throws Exception {
    List<SearchRequest> requests = List.of("oil OR price", "cocoa", "bank AND rate", "grain", "trade")
        .stream().map(q -> SearchRequest.builder(q).size(20).sort(SortOrder.NEWEST).build()).toList();
    try (Lede lede = OpenSearchStore.openLede(loaded, LedeOptions.builder().readOnly(true).build())) {
      Map<String, List<String>> before = requests.stream()
          .collect(Collectors.toMap(SearchRequest::query, r -> ids(lede.search(r))));
      assertTrue(before.values().stream().anyMatch(ids -> !ids.isEmpty()), "the queries find something");
      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger afterKill = new AtomicInteger();
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      List<CompletableFuture<Void>> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        searchers.add(CompletableFuture.runAsync(() -> {
          for (int i = 0; afterKill.get() < 60; i++) {
            SearchRequest r = requests.get(i % requests.size());
            boolean wasKilled = killed.get();
            try {
              List<String> got = ids(lede.search(r));
              if (!got.equals(before.get(r.query()))) {
                wrong.add(r.query() + ": " + got);
              }
            } catch (RuntimeException e) {
              wrong.add(r.query() + ": " + e.getMessage());
            }
            if (wasKilled) {
              afterKill.incrementAndGet();
            }
          }
        }));
      }
      sleep(1000);
      assertTrue(cluster.kill(2), "kill node-2");
      killed.set(true);
      assertTimeoutPreemptively(Duration.ofMinutes(3), () -> CompletableFuture.allOf(
          searchers.toArray(CompletableFuture[]::new)).get());
      assertTrue(wrong.isEmpty(), "searches failed or changed when node-2 died: " + wrong);
    }
  }

  /** The Reuters file, its first {@value #ARTICLES} lines, or as many generated articles. */
  private Path corpus() throws IOException {
    boolean all = "all".equals(System.getProperty("lede.failover.articles", ""));
    if (Files.exists(REUTERS) && all) {
      return REUTERS;
    }
    Path slice = tmp.resolve("corpus.jsonl");
    if (Files.exists(REUTERS)) {
      try (var lines = Files.lines(REUTERS, StandardCharsets.UTF_8)) {
        Files.write(slice, lines.limit(ARTICLES).toList(), StandardCharsets.UTF_8);
      }
    } else {
      GeneratedNews.writeJsonLines(21, ARTICLES, slice);
    }
    return slice;
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(h -> h.id()).toList();
  }

  private static String alias(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** Write requests node's write pool has rejected since it started. */
  private static long writesRejected(String node) {
    JsonObject stats = json(TestCluster.call("GET", "/_nodes/" + node + "/stats/thread_pool", null));
    JsonObject nodes = stats.getJsonObject("nodes");
    return nodes.values().stream().mapToLong(n -> n.asJsonObject().getJsonObject("thread_pool")
        .getJsonObject("write").getJsonNumber("rejected").longValue()).sum();
  }

  private static Set<String> ids(Path jsonl) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        ids.add(json(line).getString("id"));
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
      JsonArray hits = json(TestCluster.call("POST", "/" + alias + "/_search", body)).getJsonObject("hits")
          .getJsonArray("hits");
      for (int i = 0; i < hits.size(); i++) {
        assertTrue(out.add(hits.getJsonObject(i).getString("_id")), "an id twice");
      }
      if (hits.size() < 5000) {
        return out;
      }
      after = hits.getJsonObject(hits.size() - 1).getJsonArray("sort").toString();
    }
  }

  private static JsonObject json(String text) {
    try (var r = Http.JSON.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
