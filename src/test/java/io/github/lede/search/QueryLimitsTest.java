package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.QuerySyntaxException;
import io.github.lede.index.Schema;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

/** Queries too large for Lucene end in a clear error with the limit, or in an answer, on every search path. */
class QueryLimitsTest {
  private static final String WIDE_OR = IntStream.range(0, 342).mapToObj(i -> "w" + i)
      .collect(Collectors.joining(" OR "));
  private static final String FUZZY = "oil~2 price~2 trade~2 bank~2 market~2 stock~2 share~2 rate~2 export~2"
      + " import~2 grain~2 wheat~2 corn~2 gold~2 sugar~2 coffee~2 cocoa~2 dollar~2 yen~2 money~2";

  /** Articles whose words give each fuzzy word of {@link #FUZZY} many neighbours. */
  private static Lede index() {
    Lede lede = Lede.inMemory();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String word = Integer.toString(i, 36);
      articles.add(Article.builder("a" + i, "oil" + word + " prices",
          "oi" + word + " pric" + word + " trad" + word + " ban" + word + " mark" + word + " gol" + word + ".").build());
    }
    lede.indexArticles(articles);
    return lede;
  }

  @Test
  void aWideOrIsRefusedWithItsCountAndTheLimit() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> Queries.parse(WIDE_OR, Schema.analyzer(), 4000));
    // 342 words, each once in every default field: headline, dek, caption and body.
    assertTrue(e.reason().contains("1,368 clauses"), e.reason());
    assertTrue(e.reason().contains("the limit is " + String.format("%,d", QueryLimits.budget())), e.reason());
    assertTrue(e.reason().contains("headline, dek, caption, body"), e.reason());
  }

  @Test
  void theSameOrFitsAQuoteSearchWhichHasOneDefaultField() {
    assertTrue(QueryLimits.count(Queries.parseQuotes(WIDE_OR, Schema.analyzer(), 4000)).total() <= QueryLimits.budget());
  }

  @Test
  void fuzzyWordsShareTheLimitInsteadOfFailing() {
    QueryLimits.Count count = QueryLimits.count(Queries.parse(FUZZY, Schema.analyzer(), 4000));
    // 20 fuzzy words in 4 default fields share the 1,000 clauses: 12 terms each.
    assertEquals(80, count.fuzzy());
    assertTrue(count.total() <= QueryLimits.budget(), count.toString());
    assertTrue(count.expanded() >= 80 * 12, count.toString());
  }

  @Test
  void everySearchPathRefusesTheWideOrAndAnswersTheFuzzyOne() {
    try (Lede lede = index()) {
      List<Consumer<String>> paths = List.of(
          q -> lede.search(SearchRequest.of(q)),
          q -> lede.search(SearchRequest.builder(q).highlight(false).build()),
          q -> lede.people(SearchRequest.of(q), 10),
          q -> lede.sources(SearchRequest.of(q), 10),
          q -> lede.published(SearchRequest.of(q), DateUnit.MONTH));
      for (Consumer<String> path : paths) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> path.accept(WIDE_OR));
        assertTrue(e.reason().contains("the limit is"), e.reason());
        path.accept(FUZZY);
      }
      assertTrue(lede.search(FUZZY).total() > 0);
      lede.quotes(QuoteRequest.of(FUZZY));
      // More fuzzy words than the limit has clauses: they cannot share it.
      QuerySyntaxException quotes = assertThrows(QuerySyntaxException.class,
          () -> lede.quotes(QuoteRequest.of("b~ ".repeat(1100))));
      assertTrue(quotes.reason().startsWith("the query is too large"), quotes.reason());
    }
  }

  @Test
  void filtersThatPushAQueryOverLucenesLimitGiveTheSameKindOfError() {
    try (Lede lede = index()) {
      // 240 words in 4 default fields fit the limit alone (960 clauses); the filters push them over.
      String words = IntStream.range(0, 240).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
      SearchRequest.Builder request = SearchRequest.builder(words);
      for (int i = 0; i < IndexSearcher.getMaxClauseCount(); i++) {
        request.source("s" + i);
      }
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> lede.search(request.build()));
      assertTrue(e.reason().contains("with the request's filters"), e.reason());
    }
  }
}
