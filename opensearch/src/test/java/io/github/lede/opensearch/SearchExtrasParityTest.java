package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.ScoreExplanation;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Did-you-mean, explanations and the recency boost, embedded and on one shard of the cluster, on the
 * fixtures: the same suggestions; explanations whose value is the hit's score and that name the same fields
 * and terms; the same hits, order and scores with the recency boost.
 */
class SearchExtrasParityTest {
  private static FixturesOnBothStores stores;
  private static Lede embedded;
  private static Lede cluster;

  @BeforeAll
  static void indexBothWays() {
    stores = FixturesOnBothStores.index("extras");
    embedded = stores.embedded();
    cluster = stores.cluster();
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @TestFactory
  Stream<DynamicTest> theSameSuggestions() {
    return Stream.of("venkatraman", "missle", "ecologst", "bakrey", "refinary", "Refinary", "person:macaskil",
        "\"seawall repiars\"", "venkatraman refinary", "kestral refinery", "harbuor AND ferry", "qqxqzv", "ecologist",
        "missle AND NOT source:nosuchsource", "bakrey OR zzq* OR zzqx~", "caption:seawal", "headline:bakrey")
        .map(q -> DynamicTest.dynamicTest(q, () -> {
          SearchResults e = embedded.search(SearchRequest.of(q));
          SearchResults c = cluster.search(SearchRequest.of(q));
          assertEquals(e.total(), c.total(), "total");
          assertEquals(e.suggestion(), c.suggestion(), q);
        }));
  }

  @Test
  void suggestionsAreMadeOnTheCluster() {
    assertEquals("venkataraman refinery", cluster.search(SearchRequest.of("venkatraman refinary")).suggestion());
    assertEquals("person:macaskill", cluster.search(SearchRequest.of("person:macaskil")).suggestion());
  }

  /** The fields and terms an explanation weighs ("body:ferri"), with the cluster's nested path taken off. */
  static TreeSet<String> weighed(ScoreExplanation e) {
    TreeSet<String> out = new TreeSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(ScoreExplanation e, TreeSet<String> out) {
    String d = e.description();
    int at = d.indexOf("weight(");
    if (at >= 0) {
      String inside = d.substring(at + 7);
      out.add(inside.substring(0, inside.indexOf(" in ")).replace(IndexMapping.QUOTES + ".", ""));
    }
    for (ScoreExplanation x : e.details()) {
      collect(x, out);
    }
  }

  @TestFactory
  Stream<DynamicTest> explanationsAddUpToTheScoreAndNameTheSameTerms() {
    return Stream.of("ferry council", "missile", "\"ballistic missile\"", "headline:flood", "gas^3 OR storage",
        "quote:water", "speaker:ortega", "person:kim", "published:2024-06 AND grid")
        .map(q -> DynamicTest.dynamicTest(q, () -> {
          SearchRequest r = SearchRequest.builder(q).size(100).explain(true).build();
          Map<String, SearchHit> e = embedded.search(r).hits().stream()
              .collect(Collectors.toMap(SearchHit::id, Function.identity()));
          List<SearchHit> c = cluster.search(r).hits();
          assertEquals(e.size(), c.size(), "hits");
          for (SearchHit h : c) {
            assertNotNull(h.explanation(), h.id());
            assertEquals(h.score(), h.explanation().value(), 1e-4 * Math.max(1, h.score()), h.id());
            assertEquals(weighed(e.get(h.id()).explanation()), weighed(h.explanation()), h.id());
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> recencyRanksTheSame() {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : List.of("", "ferry council", "missile", "grid OR power", "quote:water")) {
      requests.add(SearchRequest.builder(q).size(100).recency(Duration.ofDays(30)).build());
      requests.add(SearchRequest.builder(q).size(100).recency(Duration.ofDays(365), LocalDate.parse("2024-01-01"))
          .build());
    }
    return requests.stream().map(r -> DynamicTest.dynamicTest(r.query() + " " + r.recency() + " " + r.recencyOrigin(),
        () -> {
          SearchResults e = embedded.search(r);
          SearchResults c = cluster.search(r);
          assertEquals(e.total(), c.total(), "total");
          assertEquals(ParityTest.tiesById(e.hits(), SortOrder.RELEVANCE),
              ParityTest.tiesById(c.hits(), SortOrder.RELEVANCE));
        }));
  }

  @Test
  void theClusterExplainsTheRecencyBoost() {
    // Counted back from the library article's day, so that fixtures published later do not move the origin.
    SearchRequest recent = SearchRequest.builder("ferry council").explain(true)
        .recency(Duration.ofDays(30), java.time.LocalDate.parse("2025-03-12")).build();
    SearchHit boosted = cluster.search(recent).hits().stream()
        .filter(h -> h.id().equals("index-fixtures/web/ledger-library-hours.txt")).findFirst().orElseThrow();
    assertTrue(boosted.explanation().render().toLowerCase(java.util.Locale.ROOT).contains("distance"),
        boosted.explanation().render());
    assertEquals(embedded.search(recent).hits().stream().map(SearchHit::id).toList(),
        cluster.search(recent).hits().stream().map(SearchHit::id).toList());
  }
}
