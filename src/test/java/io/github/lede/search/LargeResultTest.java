package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargeResultTest {
  @Test
  void totalBecomesALowerBoundPastTheThresholdUnlessExactIsAsked() {
    try (Lede lede = Lede.inMemory()) {
      List<Article> many = new ArrayList<>();
      for (int i = 0; i < ArticleSearcher.COUNT_THRESHOLD * 3; i++) {
        many.add(Article.builder("a" + i, "Market report " + i, "Shares rose " + (i % 7) + " percent.").build());
      }
      lede.indexArticles(many);
      SearchResults quick = lede.search("shares");
      assertTrue(quick.totalIsLowerBound());
      assertTrue(quick.total() >= ArticleSearcher.COUNT_THRESHOLD);
      SearchResults exact = lede.search(SearchRequest.builder("shares").exactTotal(true).build());
      assertFalse(exact.totalIsLowerBound());
      assertEquals(3000, exact.total());
    }
  }
}
