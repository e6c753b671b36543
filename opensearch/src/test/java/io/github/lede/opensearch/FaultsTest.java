package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.model.SearchRequest;
import java.nio.file.Path;
import java.util.List;
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
}
