package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.DateMention;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Articles counted by the years, months and days they talk about: once per period however many of their
 * mentions fall in it, a month or a year in every period it covers, a mention of more than 366 periods left
 * out of that unit's count. Golden counts on articles of its own and on the fixtures.
 */
class MentionFacetsTest {
  private static Lede lede;

  @BeforeAll
  static void index() {
    lede = Lede.inMemory();
    lede.indexRaw(List.of(
        RawArticle.builder("The council met on 3 June 2024 and again on 5 June 2024. The plan dates from 2023.")
            .id("council").headline("Council meets twice").published("2024-06-20").build(),
        RawArticle.builder("The bridge has stood since the 1990s.")
            .id("decade").headline("An old bridge").published("2024-06-19").build()),
        IndexListener.NONE);
    // In another segment: counts add up across segments.
    lede.indexRaw(List.of(
        RawArticle.builder("Officials looked back at January 2024, when the reservoir ran dry.")
            .id("january").headline("Reservoir review").published("2024-03-01").build(),
        RawArticle.builder("The bridge was closed on 5 June 2024 for an inspection.")
            .id("inspection").headline("Bridge inspection").published("2024-06-07").build()),
        IndexListener.NONE);
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static List<FacetCount> mentioned(String query, DateUnit unit) {
    return lede.mentioned(SearchRequest.of(query), unit);
  }

  @Test
  void theArticlesSayWhatTheyMention() {
    assertEquals(List.of("2024-06-03", "2024-06-05", "2023"), values("council"));
    assertEquals(List.of("199X"), values("decade"));
    assertEquals(List.of("2024-01"), values("january"));
    assertEquals(List.of("2024-06-05"), values("inspection"));
  }

  private static List<String> values(String id) {
    return lede.get(id).orElseThrow().dates().stream().map(DateMention::value).toList();
  }

  @Test
  void byYearAnArticleCountsOnceInEachYearItsMentionsCover() {
    List<FacetCount> expected = new java.util.ArrayList<>();
    for (int y = 1990; y <= 1999; y++) {
      expected.add(new FacetCount(Integer.toString(y), 1));
    }
    expected.add(new FacetCount("2023", 1));
    expected.add(new FacetCount("2024", 3));
    assertEquals(expected, mentioned("", DateUnit.YEAR));
  }

  @Test
  void byMonthTwoDaysOfOneMonthCountOnceAndAYearCountsInEachOfItsMonths() {
    List<FacetCount> got = mentioned("", DateUnit.MONTH);
    // The decade's 120 months, 2023's twelve, January and June 2024.
    assertEquals(120 + 12 + 2, got.size(), got.toString());
    assertEquals(new FacetCount("1990-01", 1), got.get(0));
    assertEquals(new FacetCount("2023-01", 1), got.get(120));
    assertEquals(List.of(new FacetCount("2024-01", 1), new FacetCount("2024-06", 2)), got.subList(132, 134));
  }

  @Test
  void byDayAMonthCountsInEachOfItsDaysAndADecadeInNone() {
    List<FacetCount> got = mentioned("", DateUnit.DAY);
    // 2023's 365 days, January's 31, and two days of June; the decade covers 3,652 days, past the cap.
    assertEquals(365 + 31 + 2, got.size());
    assertEquals(new FacetCount("2023-01-01", 1), got.get(0));
    assertEquals(new FacetCount("2024-01-31", 1), got.get(365 + 30));
    assertEquals(List.of(new FacetCount("2024-06-03", 1), new FacetCount("2024-06-05", 2)), got.subList(396, 398));
  }

  @Test
  void onlyTheQuerysMatchesCount() {
    assertEquals(List.of(new FacetCount("2024-06-03", 1), new FacetCount("2024-06-05", 2)),
        mentioned("mentions:2024-06-05", DateUnit.DAY).stream().filter(f -> f.value().startsWith("2024-06")).toList());
    assertEquals(List.of(new FacetCount("2024-06-05", 1)), mentioned("bridge AND mentions:2024-06", DateUnit.DAY));
    assertEquals(List.of(new FacetCount("2024-01", 1)), mentioned("reservoir", DateUnit.MONTH));
    assertEquals(List.of(), mentioned("nothingmatchesthis", DateUnit.YEAR));
  }

  /** Days counted over more than 2^20 days (about 2,870 years) leave the array for a map, in the same order. */
  @Test
  void daysFarApartAreCountedAsNearOnes() {
    String body = "Coins of 0100 and 3900 were shown.";
    try (Lede far = Lede.inMemory()) {
      far.indexArticles(List.of(io.github.lede.model.Article.builder("far", "Coins", body)
          .dates(List.of(new DateMention("0100", "0100-03-01", io.github.lede.model.ArticleField.BODY, 0, 9, 13),
              new DateMention("3900", "3900-05-02", io.github.lede.model.ArticleField.BODY, 0, 18, 22)))
          .build(), io.github.lede.model.Article.builder("near", "Coins", body)
          .dates(List.of(new DateMention("3900", "3900-05-02", io.github.lede.model.ArticleField.BODY, 0, 18, 22)))
          .build()));
      assertEquals(List.of(new FacetCount("0100-03-01", 1), new FacetCount("3900-05-02", 2)),
          far.mentioned(SearchRequest.of(""), DateUnit.DAY));
    }
  }

  @Test
  void onTheFixturesTheMonthsTalkedAboutAreGolden() {
    try (Lede fixtures = Lede.inMemory()) {
      fixtures.index(List.of(Path.of("index-fixtures")), IndexListener.NONE);
      assertEquals(List.of(new FacetCount("1988", 1), new FacetCount("2019", 2), new FacetCount("2021", 1),
          new FacetCount("2022", 2), new FacetCount("2023", 1), new FacetCount("2024", 2), new FacetCount("2025", 1)),
          fixtures.mentioned(SearchRequest.of("korea"), DateUnit.YEAR));
      List<FacetCount> all = fixtures.mentioned(SearchRequest.of(""), DateUnit.YEAR);
      assertEquals(List.of(new FacetCount("1998", 7), new FacetCount("2023", 24), new FacetCount("2024", 42),
          new FacetCount("2025", 16)), all.stream().filter(f -> List.of("1998", "2023", "2024", "2025")
              .contains(f.value())).toList());
      assertEquals(new FacetCount("1884", 2), all.get(0));
      assertEquals(new FacetCount("2039", 1), all.get(all.size() - 1));
      // Each year's count is the number of articles a mentions: search for it finds.
      for (FacetCount f : all) {
        assertEquals(fixtures.search(SearchRequest.builder("mentions:" + f.value()).exactTotal(true).build()).total(),
            f.articles(), f.value());
      }
    }
  }
}
