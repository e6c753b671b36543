package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles counted by publication year, month or day, in date order, across segments. */
class DateFacetsTest {
  private static RawArticle article(String published, String body) {
    RawArticle.Builder b = RawArticle.builder(body).headline("Harbour report");
    return (published == null ? b : b.published(published)).build();
  }

  private static Lede index() {
    Lede lede = Lede.inMemory();
    lede.indexRaw(List.of(article("2023-12-31", "The harbour froze over."),
        article("2024-01-02", "The harbour thawed and ferries ran.")), IndexListener.NONE);
    lede.indexRaw(List.of(article("2024-01-02", "Ferries ran late after the thaw."),
        article("2024-03-15", "Ferries ran to the islands."),
        article(null, "Ferries ran, an undated note says.")), IndexListener.NONE);
    return lede;
  }

  @Test
  void bucketsByYearMonthAndDayOldestFirst() {
    try (Lede lede = index()) {
      SearchRequest all = SearchRequest.of("");
      assertEquals(List.of(new FacetCount("2023", 1), new FacetCount("2024", 3)), lede.published(all, DateUnit.YEAR));
      assertEquals(List.of(new FacetCount("2023-12", 1), new FacetCount("2024-01", 2), new FacetCount("2024-03", 1)),
          lede.published(all, DateUnit.MONTH));
      assertEquals(List.of(new FacetCount("2023-12-31", 1), new FacetCount("2024-01-02", 2),
          new FacetCount("2024-03-15", 1)), lede.published(all, DateUnit.DAY));
    }
  }

  @Test
  void onlyTheQuerysMatchesCountAndUndatedOnesAreLeftOut() {
    try (Lede lede = index()) {
      assertEquals(List.of(new FacetCount("2024-01", 2), new FacetCount("2024-03", 1)),
          lede.published(SearchRequest.of("ferries"), DateUnit.MONTH));
      assertEquals(List.of(), lede.published(SearchRequest.of("nothingmatchesthis"), DateUnit.YEAR));
    }
  }
}
