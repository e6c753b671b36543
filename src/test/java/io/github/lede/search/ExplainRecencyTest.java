package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.ScoreExplanation;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Explanations of scores and the recency boost, on the fixture articles (golden). */
class ExplainRecencyTest {
  private static final Duration MONTH = Duration.ofDays(30);
  private static Lede lede;

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    assertTrue(lede.index(List.of(Path.of("index-fixtures")), IndexListener.NONE).ok());
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  /** Every "weight(field:term" an explanation names, in order. */
  static List<String> weights(ScoreExplanation e) {
    List<String> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(ScoreExplanation e, List<String> out) {
    if (e.description().startsWith("weight(")) {
      out.add(e.description().substring(7, e.description().indexOf(' ')));
    }
    for (ScoreExplanation d : e.details()) {
      collect(d, out);
    }
  }

  @Test
  void eachHitExplainsItsScoreByFieldAndTerm() {
    SearchResults r = lede.search(SearchRequest.builder("ferry council").explain(true).build());
    assertEquals("index-fixtures/web/broadcaster-island-ferry.txt", r.hits().get(0).id());
    for (SearchHit h : r.hits()) {
      assertNotNull(h.explanation(), h.id());
      assertEquals(h.score(), h.explanation().value(), 1e-5, h.id());
    }
    assertEquals(List.of("headline:ferri", "body:ferri"), weights(r.hits().get(0).explanation()));
    assertEquals(List.of("headline:council", "body:council"),
        weights(r.hits().get(2).explanation()));
    String shown = r.hits().get(0).explanation().render();
    // Indented by depth, each value with four decimals (the idf's value moves as the fixtures grow).
    assertTrue(java.util.regex.Pattern.compile("\n      \\d+\\.\\d{4}  idf, computed as").matcher(shown).find(), shown);
    assertTrue(shown.contains("k1, term saturation parameter"), shown);
  }

  @Test
  void noExplanationUnlessAskedOrWhenSortedByDate() {
    assertNull(lede.search(SearchRequest.of("ferry")).hits().get(0).explanation());
    assertNull(lede.search(SearchRequest.builder("ferry").explain(true).sort(SortOrder.NEWEST).build())
        .hits().get(0).explanation());
  }

  @Test
  void recencyAloneRanksByAgeCountedFromTheNewestArticle() {
    SearchResults r = lede.search(SearchRequest.builder("").size(3).recency(MONTH).build());
    assertEquals(List.of("index-fixtures/web/ledger-library-hours.txt",
        "index-fixtures/wire/berlin-gas-storage-dpa.txt", "wire-eu-0001"),
        r.hits().stream().map(SearchHit::id).toList());
    // weight 1 * 30 / (30 + days before 2025-03-12, the newest article's day)
    assertEquals(1.0f, r.hits().get(0).score(), 1e-6);
    assertEquals(30f / 39, r.hits().get(1).score(), 1e-6);
    assertEquals(30f / 85, r.hits().get(2).score(), 1e-6);
    // The same origin written in the request gives the same answer.
    SearchResults same = lede.search(SearchRequest.builder("").size(3).recency(MONTH, LocalDate.parse("2025-03-12"))
        .build());
    assertEquals(r.hits(), same.hits());
  }

  @Test
  void recencyAddsHalfLifeOverHalfLifePlusAgeToTheTextScore() {
    LocalDate origin = LocalDate.parse("2025-06-01");
    Map<String, Float> plain = new HashMap<>();
    for (SearchHit h : lede.search(SearchRequest.builder("ferry council").size(20).build()).hits()) {
      plain.put(h.id(), h.score());
    }
    SearchResults boosted = lede.search(SearchRequest.builder("ferry council").size(20).explain(true)
        .recency(MONTH, origin).build());
    assertEquals(plain.keySet().size(), boosted.hits().size());
    for (SearchHit h : boosted.hits()) {
      float expected = h.published() == null ? 0 : 30f / (30 + ChronoUnit.DAYS.between(h.published(), origin));
      assertEquals(plain.get(h.id()) + expected, h.score(), 1e-5, h.id());
      boolean shown = h.explanation().details().stream().anyMatch(d -> d.description().startsWith("Distance score"));
      assertEquals(h.published() != null, shown, h.id());
    }
  }

  @Test
  void aHalfLifeUnderADayIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("x").recency(Duration.ofHours(2)).build());
  }
}
