package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.Article;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search that runs out of time says so, whatever step it was at; one with time to spare does not. */
class SearchDeadlineResultsTest {
  private static Lede index(Duration timeout) {
    Lede lede = Lede.inMemory(LedeOptions.builder().searchTimeout(timeout).build());
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(Article.builder("a" + i, "Grid report " + i, "The grid failed again in week " + i + ".").build());
    }
    lede.indexArticles(articles);
    return lede;
  }

  @Test
  void aSearchWithTimeToSpareIsNotFlagged() {
    try (Lede lede = index(Duration.ofMinutes(5))) {
      SearchResults r = lede.search(SearchRequest.builder("grid").size(50).build());
      assertFalse(r.timedOut());
      assertEquals(50, r.hits().size());
      assertTrue(r.hits().stream().allMatch(h -> !h.highlights().isEmpty()));
      assertFalse(lede.quotes("grid").timedOut());
    }
  }

  @Test
  void aSearchOutOfTimeReturnsWhatItHasFlagged() {
    try (Lede lede = index(Duration.ZERO)) {
      for (String query : List.of("grid", "gr*", "grid~1", "", "NOT grid")) {
        SearchResults r = lede.search(SearchRequest.builder(query).size(100).build());
        assertTrue(r.timedOut(), query);
        assertTrue(r.totalIsLowerBound(), query);
        // Nothing was reached in time, so nothing is highlighted.
        assertTrue(r.hits().stream().allMatch(h -> h.highlights().isEmpty()), query);
        QuoteResults q = lede.quotes(query);
        assertTrue(q.timedOut(), query);
      }
    }
  }
}
