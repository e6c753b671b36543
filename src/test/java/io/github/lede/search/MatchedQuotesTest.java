package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import io.github.lede.model.Span;
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
    // Compared without their marks, which marksTheQueryWordsInsideEachQuote checks.
    return hits(query).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
        .map(q -> new MatchedQuote(q.text(), q.speaker(), q.speakerKind(), q.speakerAsWritten())).toList()));
  }

  private static Map<String, List<MatchedQuote>> hits(String query) {
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

  @Test
  void marksTheQueryWordsInsideEachQuote() {
    MatchedQuote fragile = hits("speaker:town AND quote:\"trade deal\"").get("Korea trade talks").get(0);
    assertEquals("The trade deal is fragile,", fragile.highlight().text());
    assertEquals(List.of(new Span(4, 14)), fragile.highlight().spans());
    assertEquals("The [trade deal] is fragile,", fragile.highlight().render("[", "]"));
    // A speaker clause picks quotes without marking words in them.
    assertEquals(List.of(), hits("speaker:town").get("Korea weather").get(0).highlight().spans());
    // Words of the query outside its quote clauses are not marked in quotes.
    assertEquals(List.of(new Span(10, 15)),
        hits("rain AND quote:talks").get("Korea weather").get(0).highlight().spans());
  }

  @Test
  void longQuotesAreMarkedInAWindowAroundTheirFirstMatch() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexRaw(List.of(raw("Harbour dredging", "Engineer Ana Duarte spoke on Monday.\n\n\"We will dredge the"
          + " northern channel first, then the southern one, and only after both are deep enough will the"
          + " container ships come back to the old harbour,\" Duarte said.")), IndexListener.NONE);
      MatchedQuote q = lede.search(SearchRequest.builder("quote:harbour").passageLength(40).build()).hits().get(0)
          .quotes().get(0);
      assertTrue(q.highlight().truncatedBefore(), q.toString());
      assertTrue(q.highlight().text().length() <= 40, q.highlight().text());
      Span s = q.highlight().spans().get(0);
      assertEquals("harbour", q.highlight().text().substring(s.start(), s.end()));
    }
  }
}
