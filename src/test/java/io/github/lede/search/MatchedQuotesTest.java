package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import io.github.lede.model.SpeakerKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each hit lists the quotes its query's quote: and speaker: clauses matched, and only those. */
class MatchedQuotesTest {
  private static final MatchedQuote FRAGILE = new MatchedQuote("The trade deal is fragile,", "Jenny Town", SpeakerKind.PERSON, "Town");
  private static final MatchedQuote TARIFFS = new MatchedQuote("Tariffs will stay,", "Jenny Town", SpeakerKind.PERSON, "Town");
  private static final MatchedQuote RAIN = new MatchedQuote("The rain will come late,", "Jenny Town", SpeakerKind.PERSON, "Town");
  private static final MatchedQuote STALLED = new MatchedQuote("The trade talks stalled,", "Min-jun Kim", SpeakerKind.PERSON, "Kim");

  /** Headline -> the hit's matched quotes, for a query over three articles (several segments). */
  private static Map<String, List<MatchedQuote>> matched(String query) {
    try (Lede lede = Lede.inMemory()) {
      lede.indexRaw(List.of(raw("Korea trade talks", "Analyst Jenny Town spoke on Monday.\n\n"
          + "\"The trade deal is fragile,\" Town said.\n\n\"Tariffs will stay,\" Town said.")), IndexListener.NONE);
      lede.indexRaw(List.of(raw("Korea weather", "Jenny Town and Min-jun Kim spoke on Monday.\n\n"
          + "\"The rain will come late,\" Town said.\n\n\"The trade talks stalled,\" Kim said."),
          raw("Ports reopen", "Officials reopened the ports on Monday.")), IndexListener.NONE);
      return lede.search(SearchRequest.builder(query).sort(SortOrder.OLDEST).build()).hits().stream()
          .collect(Collectors.toMap(SearchHit::headline, SearchHit::quotes));
    }
  }

  private static RawArticle raw(String headline, String body) {
    return RawArticle.builder(body).headline(headline).published("2024-06-03").build();
  }

  @Test
  void oneQuoteGroupListsTheQuotesThatSatisfyItWhole() {
    assertEquals(Map.of("Korea trade talks", List.of(FRAGILE)), matched("speaker:\"Jenny Town\" AND quote:trade"));
  }

  @Test
  void aSpeakerClauseListsAllTheirQuotesInArticleOrder() {
    assertEquals(Map.of("Korea trade talks", List.of(FRAGILE, TARIFFS), "Korea weather", List.of(RAIN)),
        matched("speaker:town"));
  }

  @Test
  void notInsideAGroupNarrowsItsQuotes() {
    assertEquals(Map.of("Korea trade talks", List.of(TARIFFS), "Korea weather", List.of(RAIN)),
        matched("speaker:town AND NOT quote:trade"));
  }

  @Test
  void quotesAnArticleMustNotHaveAreNotListed() {
    assertEquals(Map.of("Korea trade talks", List.of(), "Ports reopen", List.of()),
        matched("(monday OR ports) AND NOT speaker:kim"));
  }

  @Test
  void aQueryWithoutQuoteClausesListsNoQuotes() {
    assertEquals(Map.of("Korea trade talks", List.of(), "Korea weather", List.of(), "Ports reopen", List.of()),
        matched("monday"));
  }

  @Test
  void quoteClausesBesideArticleFieldsListTheirQuotes() {
    assertEquals(Map.of("Korea weather", List.of(STALLED)), matched("headline:weather AND quote:trade"));
  }
}
