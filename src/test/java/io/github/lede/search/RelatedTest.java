package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.DateRange;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchResults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Related articles on the fixtures (golden): the Harrowmere dam story's two follow-ups come first, never the
 * story itself nor its copy under another id (index-fixtures/wire/harrowmere-dam.jsonl).
 */
class RelatedTest {
  private static Lede lede;

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    IndexSummary s = lede.index(List.of(Path.of("index-fixtures")), IndexListener.NONE);
    assertTrue(s.ok(), s.failures().toString());
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void theFollowUpsComeFirst() {
    List<String> ids = ids(lede.related("harrowmere-0001", RelatedRequest.defaults()).orElseThrow());
    assertEquals(List.of("harrowmere-0002", "harrowmere-0003"), ids.subList(0, 2), ids.toString());
  }

  @Test
  void neverTheArticleNorItsExactDuplicate() {
    for (String id : List.of("harrowmere-0001", "valleypost-0412")) {
      List<String> ids = ids(lede.related(id, RelatedRequest.builder().size(100).build()).orElseThrow());
      assertFalse(ids.contains("harrowmere-0001") || ids.contains("valleypost-0412"), ids.toString());
      assertTrue(ids.contains("harrowmere-0002"), ids.toString());
    }
  }

  @Test
  void aFollowUpFindsTheStoryAndTheOtherFollowUp() {
    List<String> ids = ids(lede.related("harrowmere-0003", RelatedRequest.defaults()).orElseThrow());
    // The story and its copy are the same words: both are related to the follow-up, then the other follow-up.
    assertEquals(List.of("harrowmere-0001", "harrowmere-0002", "valleypost-0412"),
        ids.subList(0, 3).stream().sorted().toList(), ids.toString());
  }

  @Test
  void aWindowKeepsOnlyArticlesPublishedNearIt() {
    List<String> ids = ids(lede.related("harrowmere-0001",
        RelatedRequest.builder().within(Period.ofDays(30)).build()).orElseThrow());
    assertEquals("harrowmere-0002", ids.get(0), ids.toString());
    assertFalse(ids.contains("harrowmere-0003"), "45 days later: " + ids);
    for (SearchHit h : lede.related("harrowmere-0001", RelatedRequest.builder().within(Period.ofDays(30)).build())
        .orElseThrow().hits()) {
      assertTrue(h.published() != null && !h.published().isBefore(LocalDate.of(2024, 2, 3))
          && !h.published().isAfter(LocalDate.of(2024, 4, 3)), h.toString());
    }
  }

  @Test
  void filtersApply() {
    List<String> ids = ids(lede.related("harrowmere-0001", RelatedRequest.builder().source("Valley Post").build())
        .orElseThrow());
    assertEquals(List.of("valleypost-0419"), ids);
    assertEquals(List.of(), ids(lede.related("harrowmere-0001", RelatedRequest.builder().within(Period.ofDays(30))
        .published(DateRange.parse("2025")).build()).orElseThrow()));
  }

  @Test
  void anUnknownIdIsEmptyAndAnUndatedArticleHasNoWindow() {
    assertTrue(lede.related("no-such-id", RelatedRequest.defaults()).isEmpty());
    String undated = lede.search(io.github.lede.model.SearchRequest.builder("").size(1000).build()).hits().stream()
        .filter(h -> h.published() == null).findFirst().orElseThrow().id();
    LedeException e = assertThrows(LedeException.class,
        () -> lede.related(undated, RelatedRequest.builder().within(Period.ofDays(7)).build()));
    assertTrue(e.getMessage().contains("no publication date"), e.getMessage());
  }
}
