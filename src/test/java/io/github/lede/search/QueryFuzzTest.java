package io.github.lede.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.lede.FuzzFigures;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.QuerySyntaxException;
import io.github.lede.model.DateUnit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * The query parser and every search path on any query: results, or a {@link QuerySyntaxException} with a
 * position inside the query and a reason; nothing else. A timed-out search must say its total is a lower
 * bound.
 */
class QueryFuzzTest {
  private static final FuzzFigures FIGURES = new FuzzFigures("queries",
      "the query parser and every search path on any query", "10,000 inputs or 30 s");

  @AfterAll
  static void figures() {
    FIGURES.writeIfFuzzing();
  }

  private static final Lede LEDE = Lede.inMemory(LedeOptions.builder().searchTimeout(Duration.ofSeconds(2)).build());

  static {
    LEDE.indexArticles(new HostileCorpus(7, 300).ordinary(40));
  }

  @FuzzTest(maxDuration = "30s", maxExecutions = 10_000)
  void anyQueryEndsInAnAnswerOrAClearError(FuzzedDataProvider data) {
    FIGURES.input();
    int path = data.consumeInt(0, 3);
    String q = data.consumeRemainingAsString();
    try {
      switch (path) {
        case 0 -> {
          SearchResults r = LEDE.search(SearchRequest.of(q));
          if (r.timedOut() && !r.totalIsLowerBound()) {
            throw new AssertionError("timed out with an exact total");
          }
        }
        case 1 -> LEDE.quotes(QuoteRequest.of(q));
        case 2 -> LEDE.people(SearchRequest.of(q), 5);
        default -> LEDE.published(SearchRequest.of(q), DateUnit.YEAR);
      }
    } catch (QuerySyntaxException e) {
      if (e.position() < 0 || e.position() > q.length() || e.reason() == null || e.reason().isBlank()) {
        throw new AssertionError("unclear error for " + q + ": " + e.getMessage(), e);
      }
    }
  }
}
