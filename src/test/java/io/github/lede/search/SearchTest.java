package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.DateRange;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query syntax, fields, filters, ordering and paging, on a small in-memory index. */
class SearchTest {
  private static Lede lede;

  private static Article a(String id, String headline, String body, String published, String source) {
    return Article.builder(id, headline, body)
        .published(published == null ? null : LocalDate.parse(published))
        .source(source)
        .build();
  }

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    Article putin = a("putin", "Kremlin hosts talks", "President Vladimir Putin hosted talks on munitions.", "2024-06-12",
        "Reuters").toBuilder()
        .people(List.of(new Person("Vladimir Putin", "President",
            List.of(new Mention(ArticleField.BODY, 0, 10, 24, "Vladimir Putin")))))
        .build();
    Article january = a("january", "Budget review", "Officials looked back at January 2024.", "2024-03-01", "AP")
        .toBuilder()
        .dates(List.of(new DateMention("January 2024", "2024-01", ArticleField.BODY, 0, 25, 37)))
        .build();
    lede.indexArticles(List.of(
        putin,
        january,
        a("missile", "North Korea fires missile", "The missile flew 600 km. A second missile followed.", "2024-06-19",
            "Reuters"),
        a("grid", "National grid collapses", "The national grid collapsed, cutting power.", "2024-09-03", "Reuters"),
        a("undated", "Grid operator apologises", "The grid operator said sorry.", null, "The Globe and Mail"),
        a("old", "Cocoa review", "Showers continued in the cocoa zone.", "1987-02-26", "Reuters")));
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static List<String> ids(String query) {
    return ids(lede.search(SearchRequest.builder(query).size(50).build()));
  }

  @Test
  void aQueryOfNotClausesAloneMatchesEverythingElse() {
    assertEquals(Set.of("putin", "january", "grid", "undated", "old"), new HashSet<>(ids("NOT missile")));
    assertEquals(Set.of("putin", "january", "old"), new HashSet<>(ids("-grid -missile")));
    // A negative group inside a query means the same: grid articles without "operator".
    assertEquals(List.of("grid"), ids("grid AND (NOT operator)"));
  }

  @Test
  void starColonStarMatchesEveryArticle() {
    assertEquals(6, ids("*:*").size());
    assertEquals(5, ids("*:* NOT missile").size());
  }

  @Test
  void queryDatesTakeTheSamePeriodsAsFilters() {
    assertEquals(Set.of("putin", "missile"),
        new HashSet<>(ids(lede.search(SearchRequest.builder("").published(DateRange.parse("2024-06")).size(50).build()))));
    assertEquals(Set.of("putin", "missile"), new HashSet<>(ids("published:2024-06")));
    assertEquals(List.of("missile", "putin"), ids("published:[2024-W24 TO 2024-W25]").stream().sorted().toList());
  }

  @Test
  void blankQueryMatchesEveryArticle() {
    assertEquals(6, lede.search("").total());
  }

  @Test
  void aWordInHeadlineAndBodyRanksAboveTheBodyAlone() {
    // Each field scores on its own and the scores add up: the headline's match counts on top of the body's.
    try (Lede small = Lede.inMemory()) {
      small.indexArticles(List.of(
          a("body", "Wind farm opens", "The new turbine spins off the coast of the island.", null, null),
          a("both", "Turbine spins at wind farm", "The new turbine faces the coast of the island.", null, null)));
      assertEquals(List.of("both", "body"), ids(small.search("turbine")));
    }
  }

  @Test
  void wordsNextToEachOtherRankAboveTheSameWordsApart() {
    try (Lede small = Lede.inMemory()) {
      small.indexArticles(List.of(
          a("apart", "Winter prices", "Oil output rose in the north. Heating costs rose for families in the south.",
              null, null),
          a("adjacent", "Winter prices", "Heating oil stocks rose in the north. Costs rose for families in the south.",
              null, null)));
      assertEquals(List.of("adjacent", "apart"), ids(small.search("heating oil")));
      assertEquals(List.of("adjacent", "apart"), ids(small.search("heating AND oil")));
      // The boost never changes what matches: an OR of the two words still finds both articles, and more.
      assertEquals(2, small.search("heating oil").total());
    }
  }

  @Test
  void stemmingFindsOtherForms() {
    assertEquals(List.of("missile"), ids("missiles"));
  }

  @Test
  void booleanPhraseProximityPrefixFuzzy() {
    assertEquals(List.of("grid"), ids("grid AND power"));
    assertEquals(List.of("grid"), ids("\"national grid\""));
    assertEquals(List.of("missile"), ids("\"missile flew\"~2"));
    assertTrue(ids("collaps*").contains("grid"));
    assertEquals(List.of("old"), ids("cocao~1"));
    assertEquals(List.of("undated"), ids("grid NOT national"));
  }

  @Test
  void fieldNames() {
    assertEquals(List.of("grid", "undated"), ids("headline:grid"));
    assertEquals(List.of("grid"), ids("body:power"));
    assertEquals(List.of("undated"), ids("source:\"the globe and mail\""));
    assertEquals(4, ids("source:reuters").size());
  }

  @Test
  void personQueriesMatchTheCanonicalNameOrItsWords() {
    assertEquals(List.of("putin"), ids("person:putin"));
    assertEquals(List.of("putin"), ids("person:\"Vladimir Putin\""));
    assertEquals(List.of("putin"), ids("munitions AND person:vladimir"));
    assertEquals(List.of(), ids("person:kim"));
  }

  @Test
  void publishedTakesDaysMonthsYearsAndRanges() {
    assertEquals(List.of("missile"), ids("published:2024-06-19"));
    assertEquals(Set.of("putin", "missile"), new HashSet<>(ids("published:2024-06")));
    assertEquals(List.of("old"), ids("published:1987"));
    assertEquals(Set.of("putin", "missile"), new HashSet<>(ids("published:[2024-06-01 TO 2024-06-30]")));
    assertEquals(Set.of("putin", "missile", "grid"), new HashSet<>(ids("published:[2024-06 TO *]")));
    assertEquals(List.of("missile"), ids("published:{2024-06-12 TO 2024-06-30]"));
  }

  @Test
  void mentionsFindsArticlesThatTalkAboutADate() {
    assertEquals(List.of("january"), ids("mentions:2024-01-10"));
    assertEquals(List.of("january"), ids("mentions:[2024-01-10 TO 2024-01-12]"));
    assertEquals(List.of("january"), ids("mentions:2024"));
    assertEquals(List.of(), ids("mentions:2024-02"));
  }

  @Test
  void javaFiltersForPeopleSourcesAndDates() {
    SearchRequest people = SearchRequest.builder("").person("Vladimir Putin").build();
    assertEquals(List.of("putin"), ids(lede.search(people)));
    SearchRequest sources = SearchRequest.builder("grid").source("THE GLOBE AND MAIL").source("AP").build();
    assertEquals(List.of("undated"), ids(lede.search(sources)));
    SearchRequest published = SearchRequest.builder("").published(DateRange.parse("2024-06-15..")).build();
    assertEquals(Set.of("missile", "grid"), new HashSet<>(ids(lede.search(published))));
    SearchRequest mentions = SearchRequest.builder("").mentions(DateRange.parse("2024-01-31..2024-02-05")).build();
    assertEquals(List.of("january"), ids(lede.search(mentions)));
  }

  @Test
  void sortByDateNewestOrOldestWithUndatedLast() {
    SearchRequest newest = SearchRequest.builder("").sort(SortOrder.NEWEST).size(50).build();
    assertEquals(List.of("grid", "missile", "putin", "january", "old", "undated"), ids(lede.search(newest)));
    SearchRequest oldest = SearchRequest.builder("").sort(SortOrder.OLDEST).size(50).build();
    assertEquals(List.of("old", "january", "putin", "missile", "grid", "undated"), ids(lede.search(oldest)));
  }

  @Test
  void cursorPagesThroughEveryHitOnce() {
    for (SortOrder order : SortOrder.values()) {
      List<String> seen = new ArrayList<>();
      SearchRequest page = SearchRequest.builder("").sort(order).size(2).build();
      for (int i = 0; i < 10; i++) {
        SearchResults r = lede.search(page);
        seen.addAll(ids(r));
        if (r.next() == null) {
          break;
        }
        page = page.toBuilder().after(r.next()).build();
      }
      assertEquals(6, seen.size(), order + ": " + seen);
      assertEquals(6, new HashSet<>(seen).size(), order + ": " + seen);
    }
  }

  @Test
  void lastPageHasNoCursor() {
    SearchResults r = lede.search(SearchRequest.builder("grid").size(10).build());
    assertNull(r.next());
    assertNotNull(lede.search(SearchRequest.builder("grid").size(1).build()).next());
  }

  @Test
  void cursorOfAnotherQueryIsRefused() {
    String cursor = lede.search(SearchRequest.builder("").size(1).build()).next();
    SearchRequest other = SearchRequest.builder("grid").after(cursor).build();
    LedeException e = assertThrows(LedeException.class, () -> lede.search(other));
    assertTrue(e.getMessage().contains("another query"), e.getMessage());
    assertThrows(LedeException.class, () -> lede.search(SearchRequest.builder("").after("garbage!").build()));
  }

  @Test
  void totalIsExactUnderTheThresholdAndTiesAreDeterministic() {
    SearchResults a = lede.search("reuters OR grid OR review");
    SearchResults b = lede.search("reuters OR grid OR review");
    assertEquals(ids(a), ids(b));
    assertTrue(!a.totalIsLowerBound());
  }
}
