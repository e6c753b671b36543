package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.DateUnit;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixture articles indexed both ways, embedded and on one shard of the cluster: every query gives the
 * same hits in the same order with the same scores (where scores tie, in id order on both sides), the same
 * stored fields, highlight spans and matched quotes, the same facet counts and the same quote hits.
 */
class ParityTest {
  /** Queries that reach every kind of node the translation knows, beside the golden ranking queries. */
  private static final List<String> MORE = List.of(
      "", "missile", "\"ballistic missile\"", "\"power to millions\"~2", "\"grid collapses\"~3", "missil*",
      "m?ssile", "misile~", "grid~1", "headline:flood", "title:stocks AND body:chip", "caption:boat",
      "person:\"Kim Su Yeon\"", "person:kim", "speaker:ortega", "quote:water", "speaker:\"Li Wenjun\" AND quote:wat*",
      "+speaker:berg +quote:port", "(flood OR drought) AND NOT kenya", "source:reuters", "source:\"AP\"",
      "author:smith", "dateline:seoul", "mentions:2024-06", "mentions:[2024-01-01 TO 2024-03-31]",
      "published:[2024-06-01 TO 2024-06-30]", "published:2023", "gas^3 OR storage", "(rains OR grid)^2 power",
      "body:[ca TO cb]", "-missile", "id:nonexistent", "speaker:town OR quote:fragile",
      // NOT alone means everything but, *:* everything; plain words rank adjacent ones higher (a stop word
      // between them keeps its gap).
      "NOT missile", "NOT (flood OR drought)", "grid AND (NOT outage)", "*:*", "*:* AND NOT korea",
      "power to millions", "north korea missile launch", "grid AND power",
      // The speaker as written, beside the canonical speaker; matched quotes with their words marked.
      "speaker_as_written:economist", "speaker_as_written:\"energy economist\" AND quote:luck",
      "speaker_as_written:professor OR speaker:town", "quote:\"door open\"", "quote:water AND speaker_as_written:minister",
      // The dek (the Larkspur Review page's standfirst): by its names, and among the default fields.
      "dek:detour", "standfirst:\"detour of almost a mile\"", "description:cyclists AND headline:towpath",
      "detour", "\"industrial estate\"");

  private static final List<String> QUOTES = List.of("", "water", "\"we are\"", "port OR harbour", "speaker:ortega",
      "price AND source:reuters", "said AND published:[2024-01-01 TO 2024-12-31]", "w*", "+trade -person:putin",
      "speaker_as_written:economist", "price AND speaker_as_written:(chief OR president)");

  private static FixturesOnBothStores stores;
  private static Lede embedded;
  private static Lede cluster;

  @BeforeAll
  static void indexBothWays() {
    stores = FixturesOnBothStores.index("parity");
    embedded = stores.embedded();
    cluster = stores.cluster();
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @Test
  void bothHoldTheSameArticles() {
    assertEquals(embedded.stats().articles(), cluster.stats().articles());
    assertEquals(embedded.stats().quotes(), cluster.stats().quotes());
    for (SearchHit h : embedded.search(SearchRequest.builder("").size(100).build()).hits()) {
      assertEquals(embedded.get(h.id()), cluster.get(h.id()), h.id());
    }
  }

  /** The dek is a field of its own on the cluster too: searched by name and by default, stored, highlighted. */
  @Test
  void theDekIsSearchedStoredAndHighlightedOnTheCluster() {
    for (String q : List.of("dek:detour", "detour")) {
      SearchResults r = cluster.search(SearchRequest.of(q));
      assertEquals(1, r.total(), q);
      SearchHit h = r.hits().get(0);
      assertTrue(h.highlights().get("dek").get(0).text().contains("detour"), q + ": " + h.highlights());
      assertTrue(cluster.get(h.id()).orElseThrow().dek().startsWith("Cyclists and walkers"), h.id());
    }
  }

  static List<String> queries() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("queries-")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(line.split("\t")[0]);
          }
        }
      }
    }
    out.addAll(MORE);
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyQueryGivesTheSameHits() throws IOException {
    return queries().stream().flatMap(q -> Stream.of(SortOrder.values()).map(sort ->
        DynamicTest.dynamicTest(q + " by " + sort, () -> {
          SearchRequest r = SearchRequest.builder(q).size(100).sort(sort).build();
          SearchResults e = embedded.search(r);
          SearchResults c = cluster.search(r);
          assertEquals(e.total(), c.total(), "total");
          assertEquals(tiesById(e.hits(), sort), tiesById(c.hits(), sort), q + " by " + sort);
        })));
  }

  /** Passages cut to a window around their first match, lists cut at a limit: the same windows and flags. */
  @TestFactory
  Stream<DynamicTest> windowsAndListLimitsAreTheSame() {
    return Stream.of("missile", "said OR says", "grid AND power", "quote:water", "speaker:ortega", "rains", "detour")
        .map(q -> DynamicTest.dynamicTest(q, () -> {
          for (int length : new int[] {40, 90}) {
            SearchRequest r = SearchRequest.builder(q).size(100).passages(1).passageLength(length).listLimit(1)
                .build();
            assertEquals(tiesById(embedded.search(r).hits(), SortOrder.RELEVANCE),
                tiesById(cluster.search(r).hits(), SortOrder.RELEVANCE), "passage length " + length);
            QuoteRequest quotes = QuoteRequest.builder(q.startsWith("quote:") ? q.substring(6) : q).size(200)
                .passageLength(length).build();
            assertEquals(quoteTies(embedded.quotes(quotes).hits(), SortOrder.RELEVANCE),
                quoteTies(cluster.quotes(quotes).hits(), SortOrder.RELEVANCE), "quotes, passage length " + length);
          }
        }));
  }

  /** The comparisons above hold something: mentioned dates are counted, matched quotes are marked. */
  @Test
  void mentionedDatesAndQuoteMarksAreReallyThere() {
    SearchRequest all = SearchRequest.of("");
    assertTrue(cluster.mentioned(all, DateUnit.DAY).size() > 100, "days talked about");
    assertTrue(cluster.mentioned(all, DateUnit.YEAR).stream().anyMatch(f -> f.value().equals("1995")),
        "a decade counts in its years");
    assertTrue(cluster.search(SearchRequest.builder("quote:water").size(100).build()).hits().stream()
        .flatMap(h -> h.quotes().stream()).anyMatch(q -> !q.highlight().spans().isEmpty()), "quote words marked");
    assertTrue(cluster.quotes(QuoteRequest.of("speaker_as_written:economist")).total() >= 3, "speakers as written");
  }

  @Test
  void windowsAreReallyCut() {
    SearchRequest r = SearchRequest.builder("said").size(100).passageLength(40).listLimit(1).build();
    List<SearchHit> hits = cluster.search(r).hits();
    assertTrue(hits.stream().anyMatch(SearchHit::truncated), "some hit has a list cut at 1");
    assertTrue(hits.stream().flatMap(h -> h.highlights().values().stream()).flatMap(List::stream)
        .anyMatch(h -> h.truncatedBefore() || h.truncatedAfter()), "some passage is cut to 40 characters");
  }

  /**
   * lede's clause limit is checked before the cluster sees a query: the same answer, or the same error. The
   * answer is compared as the set of articles matched: where two fuzzy words expand to the same term, Lucene
   * keeps one of the two weights it computed for it, chosen by hash order, so the scores of such a query
   * vary from one JVM to the next even on the embedded index alone (README, Past one machine).
   */
  @Test
  void queriesAtTheClauseLimitAnswerOrFailAlike() {
    String tooLarge = String.join(" ", java.util.Collections.nCopies(400, "missile"));
    var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.lede.QuerySyntaxException.class,
        () -> embedded.search(SearchRequest.of(tooLarge)));
    var c = org.junit.jupiter.api.Assertions.assertThrows(io.github.lede.QuerySyntaxException.class,
        () -> cluster.search(SearchRequest.of(tooLarge)));
    assertEquals(e.getMessage(), c.getMessage());
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
    StringBuilder fuzzy = new StringBuilder();
    for (String w : List.of("missile", "grid", "power", "flood", "rains", "stocks", "drought", "storage", "harbour",
        "lithium", "quake", "cocoa", "korea", "herders", "tokyo", "chip", "shares", "council", "vote", "park")) {
      fuzzy.append(w).append("~ ");
    }
    SearchRequest r = SearchRequest.builder(fuzzy.toString().strip()).size(100).build();
    SearchResults e2 = embedded.search(r);
    SearchResults c2 = cluster.search(r);
    assertTrue(e2.total() > 10, "the fuzzy words match: " + e2.total());
    assertEquals(e2.total(), c2.total());
    assertEquals(new java.util.TreeSet<>(ids(e2.hits())), new java.util.TreeSet<>(ids(c2.hits())));
  }

  @TestFactory
  Stream<DynamicTest> facetsCountTheSame() throws IOException {
    return queries().stream().map(q -> DynamicTest.dynamicTest("query " + q, () -> {
      SearchRequest r = SearchRequest.of(q);
      assertEquals(embedded.people(r, 15), cluster.people(r, 15), "people");
      assertEquals(embedded.sources(r, 15), cluster.sources(r, 15), "sources");
      for (DateUnit unit : DateUnit.values()) {
        assertEquals(embedded.published(r, unit), cluster.published(r, unit), "published by " + unit);
        assertEquals(embedded.mentioned(r, unit), cluster.mentioned(r, unit), "mentioned by " + unit);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> quoteSearchesGiveTheSameQuotes() {
    return QUOTES.stream().flatMap(q -> Stream.of(SortOrder.values()).map(sort ->
        DynamicTest.dynamicTest(q + " by " + sort, () -> {
          QuoteRequest r = QuoteRequest.builder(q).size(200).sort(sort).build();
          QuoteResults e = embedded.quotes(r);
          QuoteResults c = cluster.quotes(r);
          assertEquals(e.total(), c.total(), "total");
          assertEquals(quoteTies(e.hits(), sort), quoteTies(c.hits(), sort));
        })));
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    for (SortOrder sort : SortOrder.values()) {
      SearchRequest first = SearchRequest.builder("said OR says").size(3).sort(sort).build();
      List<String> all = ids(cluster.search(first.toBuilder().size(100).build()).hits());
      List<String> paged = new ArrayList<>();
      SearchResults page = cluster.search(first);
      while (true) {
        paged.addAll(ids(page.hits()));
        if (page.next() == null) {
          break;
        }
        page = cluster.search(first.toBuilder().after(page.next()).build());
      }
      assertEquals(all, paged, sort.toString());
      QuoteRequest quotes = QuoteRequest.builder("said OR the").size(4).sort(sort).build();
      List<String> allQuotes = quoteIds(cluster.quotes(quotes.toBuilder().size(200).build()).hits());
      List<String> pagedQuotes = new ArrayList<>();
      QuoteResults qp = cluster.quotes(quotes);
      while (true) {
        pagedQuotes.addAll(quoteIds(qp.hits()));
        if (qp.next() == null) {
          break;
        }
        qp = cluster.quotes(quotes.toBuilder().after(qp.next()).build());
      }
      assertEquals(allQuotes, pagedQuotes, "quotes by " + sort);
    }
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  private static List<String> quoteIds(List<QuoteHit> hits) {
    return hits.stream().map(h -> h.articleId() + "/" + h.text()).toList();
  }

  /**
   * Hits as comparable text, in order, with each run of equal scores (or days) sorted by id: the embedded
   * index breaks ties by index order, the cluster by id. Scores are rounded to 5 significant digits.
   */
  static List<String> tiesById(List<SearchHit> hits, SortOrder sort) {
    List<SearchHit> sorted = new ArrayList<>(hits);
    Comparator<SearchHit> key = sort == SortOrder.RELEVANCE
        ? Comparator.comparing((SearchHit h) -> -round(h.score()))
        : Comparator.comparing((SearchHit h) -> h.published() == null ? "~" : h.published().toString());
    if (sort == SortOrder.NEWEST) {
      key = Comparator.comparing((SearchHit h) -> h.published() == null ? 0 : -h.published().toEpochDay());
    }
    sorted.sort(key.thenComparing(SearchHit::id));
    return sorted.stream().map(h -> h.id() + " " + round(h.score()) + " " + h.headline() + " " + h.published() + " "
        + h.source() + " " + h.url() + " " + h.people() + " " + h.dates() + " " + h.highlights() + " " + h.quotes()
        + (h.truncated() ? " truncated" : "")).toList();
  }

  private static List<String> quoteTies(List<QuoteHit> hits, SortOrder sort) {
    List<QuoteHit> sorted = new ArrayList<>(hits);
    Comparator<QuoteHit> key = sort == SortOrder.RELEVANCE
        ? Comparator.comparing((QuoteHit h) -> -round(h.score()))
        : sort == SortOrder.NEWEST
            ? Comparator.comparing((QuoteHit h) -> h.published() == null ? 0 : -h.published().toEpochDay())
            : Comparator.comparing((QuoteHit h) -> h.published() == null ? Long.MAX_VALUE : h.published().toEpochDay());
    sorted.sort(key.thenComparing(QuoteHit::articleId).thenComparing(QuoteHit::text));
    return sorted.stream().map(h -> h.articleId() + " " + round(h.score()) + " " + h.text() + " " + h.speaker() + " "
        + h.speakerKind() + " " + h.speakerAsWritten() + " " + h.highlight() + " " + h.headline() + " "
        + h.published() + " " + h.source()).toList();
  }

  private static double round(float score) {
    if (Float.isNaN(score)) {
      return 0;
    }
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5g", score));
  }
}
