package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.QuerySyntaxException;
import io.github.lede.model.DateRange;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import io.github.lede.model.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** quote: and speaker: in article search (one quote satisfies a group), and quote search itself. */
class QuoteSearchTest {
  private static Lede index() {
    Lede lede = Lede.inMemory();
    lede.indexRaw(List.of(
        raw("Korea trade talks", "2024-06-03", "Analyst Jenny Town spoke on Monday.\n\n"
            + "\"The trade deal is fragile,\" Town said."),
        raw("Korea weather", "2024-06-10", "Jenny Town and Min-jun Kim spoke on Monday.\n\n"
            + "\"The rain will come late,\" Town said.\n\n\"The trade talks stalled,\" Kim said."),
        raw("Ports reopen", "2024-07-01", "Officials reopened the ports.\n\n"
            + "\"Ships are moving again,\" the port authority said.")), IndexListener.NONE);
    return lede;
  }

  private static RawArticle raw(String headline, String published, String body) {
    return RawArticle.builder(body).headline(headline).published(published).build();
  }

  private static List<String> headlines(String query) {
    try (Lede lede = index()) {
      return lede.search(SearchRequest.builder(query).sort(SortOrder.OLDEST).build()).hits().stream()
          .map(SearchHit::headline).toList();
    }
  }

  @Test
  void speakerAndQuoteInOneGroupMeanOneQuote() {
    assertEquals(List.of("Korea trade talks"), headlines("speaker:\"Jenny Town\" AND quote:trade"));
    assertEquals(List.of("Korea trade talks"), headlines("+speaker:town +quote:trade"));
    assertEquals(List.of("Korea weather"), headlines("speaker:town AND quote:rain"));
  }

  @Test
  void orAndNotAreDocumented() {
    // OR: any quote of the article
    assertEquals(List.of("Korea trade talks", "Korea weather"), headlines("speaker:kim OR quote:fragile OR quote:rain"));
    // NOT beside a quote clause: that same quote
    assertEquals(List.of("Korea weather"), headlines("speaker:town AND NOT quote:trade"));
    // NOT with no quote clause beside it: no such quote in the article
    assertEquals(List.of("Korea trade talks", "Ports reopen"), headlines("(monday OR ports) AND NOT speaker:kim"));
  }

  @Test
  void quoteClausesMixWithArticleFields() {
    assertEquals(List.of("Korea weather"), headlines("headline:weather AND speaker:town"));
    assertEquals(List.of(), headlines("headline:ports AND speaker:town"));
    assertEquals(List.of("Ports reopen"), headlines("speaker:\"the port authority\""));
  }

  @Test
  void quoteSearchReturnsQuotesWithTheirArticles() {
    try (Lede lede = index()) {
      QuoteResults r = lede.quotes(QuoteRequest.builder("trade").sort(SortOrder.NEWEST).build());
      assertEquals(2, r.total());
      QuoteHit first = r.hits().get(0);
      assertEquals("The trade talks stalled,", first.text());
      assertEquals("Min-jun Kim", first.speaker());
      assertEquals(SpeakerKind.PERSON, first.speakerKind());
      assertEquals("Korea weather", first.headline());
      assertEquals(java.time.LocalDate.of(2024, 6, 10), first.published());
      assertEquals("[trade]", first.highlight().render("[", "]").substring(4, 11));
      assertEquals("Korea trade talks", r.hits().get(1).headline());
      assertNotNull(lede.get(first.articleId()).orElse(null));
    }
  }

  @Test
  void quoteSearchFiltersBySpeakerAndDate() {
    try (Lede lede = index()) {
      assertEquals(List.of("The trade deal is fragile,", "The rain will come late,"), texts(lede.quotes(
          QuoteRequest.builder("").speaker("Jenny Town").sort(SortOrder.OLDEST).build())));
      assertEquals(List.of("The rain will come late,"), texts(lede.quotes(
          QuoteRequest.builder("").speaker("town").published(DateRange.parse("2024-06-05..2024-06-30")).build())));
      assertEquals(List.of("Ships are moving again,"), texts(lede.quotes(
          QuoteRequest.builder("").speaker("the port authority").build())));
      QuoteHit other = lede.quotes(QuoteRequest.of("ships")).hits().get(0);
      assertEquals(SpeakerKind.OTHER, other.speakerKind());
    }
  }

  @Test
  void quoteSearchTakesArticleFieldsAndPages() {
    try (Lede lede = index()) {
      assertEquals(List.of("The trade talks stalled,"), texts(lede.quotes(QuoteRequest.of("trade AND headline:weather"))));
      QuoteRequest all = QuoteRequest.builder("").sort(SortOrder.OLDEST).size(2).build();
      QuoteResults page1 = lede.quotes(all);
      assertEquals(2, page1.hits().size());
      QuoteResults page2 = lede.quotes(all.toBuilder().after(page1.next()).build());
      assertEquals(List.of("The trade talks stalled,", "Ships are moving again,"), texts(page2));
      assertNull(page2.next());
      assertThrows(QuerySyntaxException.class, () -> lede.quotes(QuoteRequest.of("quote:(trade")));
    }
  }

  private static List<String> texts(QuoteResults r) {
    return r.hits().stream().map(QuoteHit::text).toList();
  }
}
