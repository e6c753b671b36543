package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Related articles and collapsed searches on the fixtures, embedded and on one shard of the cluster: the same
 * hits in the same order with the same scores, and the same near duplicates folded into each.
 */
class RelatedParityTest {
  private static FixturesOnBothStores stores;
  private static Lede embedded;
  private static Lede cluster;
  private static List<String> ids;

  @BeforeAll
  static void indexBothWays() {
    stores = FixturesOnBothStores.index("related");
    embedded = stores.embedded();
    cluster = stores.cluster();
    ids = embedded.search(SearchRequest.builder("").size(1000).build()).hits().stream().map(SearchHit::id).toList();
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @TestFactory
  Stream<DynamicTest> everyArticleHasTheSameRelatedArticles() {
    return ids.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
      // Every match, so that no tie is cut at the end of a page (the stores order ties apart).
      RelatedRequest r = RelatedRequest.builder().size(100).build();
      assertEquals(ties(embedded.related(id, r)), ties(cluster.related(id, r)), id);
    }));
  }

  @Test
  void filtersAndWindowsAreTheSame() {
    for (RelatedRequest r : List.of(RelatedRequest.builder().within(Period.ofDays(30)).build(),
        RelatedRequest.builder().source("Valley Post").source("Reuters").build(),
        RelatedRequest.builder().person("Marta Quill").build())) {
      List<String> e = ties(embedded.related("harrowmere-0001", r));
      assertEquals(e, ties(cluster.related("harrowmere-0001", r)), r.toString());
      assertTrue(!e.isEmpty(), r.toString());
    }
    assertEquals(Optional.empty(), cluster.related("no-such-id", RelatedRequest.defaults()));
  }

  @TestFactory
  Stream<DynamicTest> collapsedSearchesFoldTheSame() {
    return Stream.of("", "kellerby", "harrowmere OR brass", "said", "missile").flatMap(q ->
        Stream.of(SortOrder.values()).map(sort -> DynamicTest.dynamicTest(q + " by " + sort, () -> {
          SearchRequest r = SearchRequest.builder(q).size(100).sort(sort).collapse(true).highlight(false).build();
          SearchResults e = embedded.search(r);
          SearchResults c = cluster.search(r);
          assertEquals(e.total(), c.total(), "total");
          assertEquals(foldedTies(e.hits()), foldedTies(c.hits()), q + " by " + sort);
        })));
  }

  /** Page by page, each store on its own cursors: the same heads with the same duplicates. */
  @Test
  void collapsedPagesAreTheSame() {
    SearchRequest e = SearchRequest.builder("kellerby").size(1).collapse(true).build();
    SearchRequest c = e;
    for (int page = 0; page < 10; page++) {
      SearchResults re = embedded.search(e);
      SearchResults rc = cluster.search(c);
      assertEquals(foldedTies(re.hits()), foldedTies(rc.hits()), "page " + page);
      assertEquals(re.next() == null, rc.next() == null, "page " + page + " has a next page");
      if (re.next() == null) {
        assertEquals(3, page, "four heads, one a page");
        return;
      }
      e = e.toBuilder().after(re.next()).build();
      c = c.toBuilder().after(rc.next()).build();
    }
  }

  @Test
  void somethingFolds() {
    SearchResults c = cluster.search(SearchRequest.builder("").size(1000).collapse(true).build());
    assertEquals(2, c.hits().stream().mapToLong(h -> h.duplicates().size()).sum());
  }

  private static List<String> ties(Optional<SearchResults> r) {
    return r.map(x -> x.hits().stream()
        .sorted(Comparator.comparingDouble((SearchHit h) -> -Math.round(h.score() * 1e4)).thenComparing(SearchHit::id))
        .map(h -> h.id() + " " + round(h.score())).toList()).orElse(null);
  }

  /** Hits by id (stores order ties apart), each with its score and what folded into it. */
  private static List<String> foldedTies(List<SearchHit> hits) {
    return hits.stream().sorted(Comparator.comparing(SearchHit::id))
        .map(h -> h.id() + " " + round(h.score()) + " " + h.duplicates()).toList();
  }

  private static String round(float score) {
    return Float.isNaN(score) ? "NaN" : String.format(Locale.ROOT, "%.4f", score);
  }
}
