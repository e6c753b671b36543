package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.DateMention;
import io.github.lede.model.DateRange;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search by the dates articles talk about, end to end: real extraction finds "January 2024" and "last week",
 * the index keeps each as the days it covers, and {@code mentions:} and the mentioned-date filter find them.
 */
class MentionedDatesTest {
  private static Lede lede;

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    lede.indexRaw(List.of(
        RawArticle.builder("Officials looked back at January 2024, when the reservoir ran dry.")
            .id("january").headline("Reservoir review").published("2024-03-01").build(),
        RawArticle.builder("The council voted last week to close the bridge.")
            .id("lastweek").headline("Bridge to close").published("2024-06-19").build(),
        RawArticle.builder("The bridge has stood since the 1990s.")
            .id("decade").headline("An old bridge").published("2024-06-19").build(),
        RawArticle.builder("The vote was held on Friday.")
            .id("undated").headline("A vote").build()),
        IndexListener.NONE);
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).sorted().toList();
  }

  @Test
  void aDayInsideAMentionedMonthFindsTheArticle() {
    assertEquals(List.of("january"), ids(lede.search("mentions:2024-01-10")));
  }

  @Test
  void aRangeOverlappingAMentionedMonthFindsTheArticle() {
    assertEquals(List.of("january"), ids(lede.search("mentions:[2024-01-10 TO 2024-01-12]")));
    assertEquals(List.of("january"), ids(lede.search("mentions:[2023-12-20 TO 2024-01-01]")));
    assertEquals(List.of(), ids(lede.search("mentions:[2023-12-01 TO 2023-12-31]")));
  }

  @Test
  void weeksMonthsAndYearsInQueries() {
    // "last week" in an article of 19 June 2024 is ISO week 24: 10 to 16 June.
    assertEquals(List.of("lastweek"), ids(lede.search("mentions:2024-06-12")));
    assertEquals(List.of("lastweek"), ids(lede.search("mentions:2024-W24")));
    assertEquals(List.of("january", "lastweek"), ids(lede.search("mentions:2024")));
    assertEquals(List.of("decade"), ids(lede.search("mentions:1995")));
  }

  @Test
  void theMentionedDateFilterInTheJavaApi() {
    SearchResults r = lede.search(SearchRequest.builder("")
        .mentions(new DateRange(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12))).build());
    assertEquals(List.of("january"), ids(r));
    SearchResults open = lede.search(SearchRequest.builder("bridge")
        .mentions(new DateRange(null, LocalDate.of(2000, 1, 1))).build());
    assertEquals(List.of("decade"), ids(open));
  }

  @Test
  void anUnresolvedMentionIsNotIndexedAsADate() {
    // No publication date: "Friday" has no value, so no date finds the article.
    assertEquals(List.of("decade", "january", "lastweek"), ids(lede.search("mentions:[1900 TO 2100]")));
    assertEquals(1, lede.get("undated").orElseThrow().dates().size());
  }

  @Test
  void hitsCarryTheirDates() {
    SearchHit hit = lede.search("mentions:2024-01").hits().get(0);
    assertEquals(List.of(new DateMention("January 2024", "2024-01", io.github.lede.model.ArticleField.BODY, 0, 25, 37)),
        hit.dates());
    assertTrue(lede.search("reservoir").hits().get(0).dates().stream().anyMatch(d -> "2024-01".equals(d.value())));
  }
}
