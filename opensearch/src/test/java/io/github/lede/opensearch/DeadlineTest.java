package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.SearchTimeoutException;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * lede's time limit bounds a whole search on the cluster as on the embedded index: the cluster's part and the
 * building of the hits. A search out of time says so, with what it has; one with time to spare does not.
 */
class DeadlineTest {
  private static String url;

  @BeforeAll
  static void index() {
    url = TestCluster.freshIndex("deadline");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(Article.builder("a" + i, "Grid report " + i, "The grid failed again in week " + i + ".").build());
    }
    try (Lede lede = Lede.open(OpenSearchStore.connect(url, OpenSearchOptions.builder().replicas(0).build(),
        LedeOptions.defaults()), LedeOptions.defaults())) {
      lede.indexArticles(articles);
    }
  }

  @AfterAll
  static void drop() {
    TestCluster.call("DELETE", "/" + url.substring(url.lastIndexOf('/') + 1) + "_lede_*", null);
  }

  private static Lede reading(Duration timeout) {
    return OpenSearchStore.openLede(url, LedeOptions.builder().readOnly(true).searchTimeout(timeout).build());
  }

  @Test
  void aSearchWithTimeToSpareIsNotFlagged() {
    try (Lede lede = reading(Duration.ofMinutes(5))) {
      SearchResults r = lede.search(SearchRequest.builder("grid").size(50).build());
      assertFalse(r.timedOut());
      assertEquals(50, r.hits().size());
      assertTrue(r.hits().stream().allMatch(h -> !h.highlights().isEmpty()));
      assertFalse(lede.quotes("grid").timedOut());
      // Counts with time to spare are whole (these articles name no one and carry no date or source).
      assertEquals(List.of(), lede.people(SearchRequest.of("grid"), 10));
      assertEquals(List.of(), lede.published(SearchRequest.of("grid"), DateUnit.YEAR));
    }
  }

  @Test
  void aSearchOutOfTimeReturnsWhatItHasFlagged() {
    try (Lede lede = reading(Duration.ZERO)) {
      for (String query : List.of("grid", "gr*", "grid~1", "", "NOT grid")) {
        SearchRequest request = SearchRequest.builder(query).size(100).build();
        SearchResults r = lede.search(request);
        assertTrue(r.timedOut(), query);
        assertTrue(r.totalIsLowerBound(), query);
        assertTrue(r.hits().stream().allMatch(h -> h.highlights().isEmpty()), query);
        QuoteResults q = lede.quotes(query);
        assertTrue(q.timedOut(), query);
        // Counts out of time are refused, as on the embedded index: a partial count reads as a true one.
        SearchTimeoutException people = assertThrows(SearchTimeoutException.class, () -> lede.people(request, 10));
        assertTrue(people.getMessage().startsWith("counting people reached the time limit"), people.getMessage());
        assertThrows(SearchTimeoutException.class, () -> lede.sources(request, 10), query);
        assertThrows(SearchTimeoutException.class, () -> lede.published(request, DateUnit.YEAR), query);
      }
    }
  }
}
