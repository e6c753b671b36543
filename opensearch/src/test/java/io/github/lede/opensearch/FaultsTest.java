package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.IndexingFailedException;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import io.github.lede.reliability.GeneratedNews;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What goes wrong around a cluster says what it is, in one line, and never corrupts an index. */
class FaultsTest {
  @Test
  void aClusterThatIsDownIsNamedAtOnce() {
    TestCluster.url();
    LedeException e = assertThrows(LedeException.class, () -> OpenSearchStore.connect("http://127.0.0.1:1/news"));
    assertTrue(e.getMessage().startsWith("cannot reach OpenSearch at http://127.0.0.1:1/news"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void anIndexMadeByHandWithOtherTypesIsRefusedUntouched() {
    String url = TestCluster.freshIndex("byhand");
    String name = url.substring(url.lastIndexOf('/') + 1);
    TestCluster.call("PUT", "/" + name, "{\"mappings\":{\"properties\":{\"headline\":{\"type\":\"keyword\"}}}}");
    try (Lede lede = OpenSearchStore.openLede(url)) {
      LedeException e = assertThrows(LedeException.class,
          () -> lede.index(List.of(Path.of("index-fixtures/wire")), IndexListener.NONE));
      assertTrue(e.getMessage().contains("was not made by lede") && e.getMessage().contains("headline is keyword"),
          e.getMessage());
    }
    assertTrue(TestCluster.call("GET", "/" + name + "/_mapping", null).contains("\"headline\":{\"type\":\"keyword\"}"));
    assertTrue(TestCluster.call("GET", "/" + name + "/_count", null).contains("\"count\":0"));
  }

  @Test
  void aLayoutChangeIsAReindexIntoANewIndexAndASwap() {
    String url = TestCluster.freshIndex("layout");
    String alias = url.substring(url.lastIndexOf('/') + 1);
    String old = alias + "_lede_00000000r0";
    // An index of an earlier layout behind the alias, with articles in it.
    OpenSearchOptions options = OpenSearchOptions.builder().replicas(0).build();
    TestCluster.call("PUT", "/" + old, QueryDsl.o(IndexMapping.index(options))
        .add("aliases", QueryDsl.o().add(alias, QueryDsl.o())).build().toString());
    long articles;
    try (Lede embedded = Lede.inMemory()) {
      embedded.index(List.of(Path.of("index-fixtures/wire")), IndexListener.NONE);
      articles = embedded.stats().articles();
      try (OpenSearchStore store = OpenSearchStore.connect(url, options, LedeOptions.defaults());
          BulkWriter w = new BulkWriter(store.http(), old, options, new io.github.lede.store.WriteListener() {
            @Override
            public void written(String origin, String id, boolean replaced) {}

            @Override
            public void failed(String origin, String id, String reason) {
              throw new AssertionError(reason);
            }
          })) {
        for (var hit : embedded.search(SearchRequest.builder("").size(100).build()).hits()) {
          w.write(embedded.get(hit.id()).orElseThrow(), hit.id());
        }
        w.commit();
      }
    }
    try (OpenSearchStore store = OpenSearchStore.connect(url, options, LedeOptions.defaults());
        Lede lede = Lede.open(store, LedeOptions.defaults())) {
      LedeException e = assertThrows(LedeException.class,
          () -> lede.index(List.of(Path.of("index-fixtures/wire")), IndexListener.NONE));
      assertTrue(e.getMessage().contains("of another lede layout"), e.getMessage());
      assertEquals(articles, store.reindex());
      assertTrue(TestCluster.call("GET", "/_alias/" + alias, null).contains(store.indexName()));
      assertEquals(articles, lede.stats().articles());
      IndexSummary again = lede.index(List.of(Path.of("index-fixtures/wire")), IndexListener.NONE);
      assertEquals(again.indexed(), again.updated(), "every article was there already");
      assertEquals(articles, lede.stats().articles());
    }
  }

  /**
   * Small bulks (many requests) and quick retries, so that a fault lands mid-batch and a test ends soon; only
   * through the relay (the node's own address, discovered, would go round it).
   */
  private static final OpenSearchOptions SMALL_BULKS = OpenSearchOptions.builder().replicas(0).bulkBytes(32 << 10)
      .retries(3).firstRetryDelay(Duration.ofMillis(50)).discoverNodes(false).build();

  @Test
  void droppedConnectionsAreRetriedAndLoseNothing() throws Exception {
    URI cluster = URI.create(TestCluster.freshIndex("dropped"));
    List<RawArticle> articles = GeneratedNews.articles(11, 1500);
    try (LoopbackRelay relay = new LoopbackRelay(cluster.getPort());
        Lede lede = Lede.open(OpenSearchStore.connect(relay.url() + cluster.getPath(), SMALL_BULKS,
            LedeOptions.defaults()), LedeOptions.defaults())) {
      AtomicBoolean dropped = new AtomicBoolean();
      IndexSummary s = lede.indexRaw(articles, new IndexListener() {
        @Override
        public void onProgress(long files, long indexed, long bytes) {
          if (indexed >= 500 && dropped.compareAndSet(false, true)) {
            relay.dropConnections();
          }
        }
      });
      assertTrue(dropped.get(), "the connections were dropped mid-batch");
      assertEquals(articles.size(), s.indexed(), s.failures().toString());
      assertEquals(0, s.updated(), "a fresh index: every article is new, whichever requests were cut");
      assertEquals(articles.size(), s.durable());
      assertEquals(articles.size(), lede.stats().articles());
    }
  }

  /**
   * A bulk request the node did but whose answer was lost is sent again: the articles it wrote are found by
   * their write's token and counted as new, not as replacing themselves, and nothing is written twice.
   */
  @Test
  void bulkAnswersLostAfterTheWriteCountNoArticleAsUpdated() throws Exception {
    URI cluster = URI.create(TestCluster.freshIndex("unanswered"));
    List<RawArticle> articles = GeneratedNews.articles(13, 1500);
    try (LoopbackRelay relay = new LoopbackRelay(cluster.getPort());
        Lede lede = Lede.open(OpenSearchStore.connect(relay.url() + cluster.getPath(), SMALL_BULKS,
            LedeOptions.defaults()), LedeOptions.defaults())) {
      AtomicBoolean armed = new AtomicBoolean();
      IndexSummary s = lede.indexRaw(articles, new IndexListener() {
        @Override
        public void onProgress(long files, long indexed, long bytes) {
          if (indexed >= 300 && armed.compareAndSet(false, true)) {
            relay.loseBulkReplies(3);
          }
        }
      });
      assertEquals(3, relay.lostBulkReplies(), "three bulk answers were lost");
      assertEquals(articles.size(), s.indexed(), s.failures().toString());
      assertEquals(0, s.updated(), "a fresh index: every article is new");
      assertEquals(articles.size(), lede.stats().articles());
      // Indexed again: every article replaces itself.
      IndexSummary again = lede.indexRaw(articles, IndexListener.NONE);
      assertEquals(articles.size(), again.updated());
    }
  }

  @Test
  void aClusterLostMidBatchEndsItAndTheSummaryCountsEveryAcknowledgedArticleAsDurable() throws Exception {
    URI cluster = URI.create(TestCluster.freshIndex("lost"));
    String alias = cluster.getPath().substring(1);
    List<RawArticle> articles = GeneratedNews.articles(12, 3000);
    IndexingFailedException e;
    String via;
    try (LoopbackRelay relay = new LoopbackRelay(cluster.getPort());
        Lede lede = Lede.open(OpenSearchStore.connect(via = relay.url() + cluster.getPath(), SMALL_BULKS,
            LedeOptions.defaults()), LedeOptions.defaults())) {
      e = assertThrows(IndexingFailedException.class, () -> lede.indexRaw(articles, new IndexListener() {
        @Override
        public void onProgress(long files, long indexed, long bytes) {
          if (indexed >= 1000) {
            relay.cut();
          }
        }
      }));
    }
    assertTrue(e.getMessage().startsWith("indexing stopped: cannot reach OpenSearch at " + via.replace(
        cluster.getPath(), "")), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    IndexSummary s = e.summary();
    assertTrue(s.indexed() >= 1000 && s.indexed() < articles.size(), s.toString());
    // Each acknowledged article is in the translog of its shard: durable without a commit.
    assertEquals(s.indexed(), s.durable());
    TestCluster.call("POST", "/" + alias + "/_refresh", null);
    String count = TestCluster.call("GET", "/" + alias + "/_count", null);
    long held = Long.parseLong(count.replaceAll(".*\"count\":(\\d+).*", "$1"));
    // A request cut after the cluster applied it but before its answer came back holds more than was told.
    assertTrue(held >= s.durable() && held < articles.size(), held + " held, " + s.durable() + " durable");
  }
}
