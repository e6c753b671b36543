package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People as extracted from text, searched by name words, filtered exactly, and counted. */
class PeopleSearchTest {
  private static Lede index() {
    Lede lede = Lede.inMemory();
    lede.indexRaw(List.of(
        RawArticle.ofText("Putin hosts talks\n\nRussia's President Vladimir Putin hosted talks on munitions. "
            + "\"We are ready,\" Putin said."),
        RawArticle.ofText("Kim visits Russia\n\nNorth Korean leader Kim Jong Un met Vladimir Putin at a cosmodrome."),
        RawArticle.ofText("Markets calm\n\nAnalyst Jenny Town said markets were calm on Monday.")), IndexListener.NONE);
    return lede;
  }

  private static List<String> headlines(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::headline).toList();
  }

  @Test
  void personQueryFindsByNameWordsAndFullName() {
    try (Lede lede = index()) {
      assertEquals(List.of("Putin hosts talks", "Kim visits Russia"),
          headlines(lede.search(SearchRequest.builder("person:putin").sort(io.github.lede.model.SortOrder.OLDEST).build()).hits()));
      assertEquals(1, lede.search("person:\"Kim Jong Un\"").total());
      assertEquals(0, lede.search("person:russia").total());
    }
  }

  @Test
  void peopleFilterIsExact() {
    try (Lede lede = index()) {
      SearchRequest both = SearchRequest.builder("").person("Vladimir Putin").person("Kim Jong Un").build();
      assertEquals(List.of("Kim visits Russia"), headlines(lede.search(both).hits()));
      assertEquals(0, lede.search(SearchRequest.builder("").person("Putin").build()).total());
    }
  }

  @Test
  void peopleFacetCountsArticles() {
    try (Lede lede = index()) {
      assertEquals(List.of(new FacetCount("Vladimir Putin", 2), new FacetCount("Jenny Town", 1),
          new FacetCount("Kim Jong Un", 1)), lede.people(SearchRequest.of(""), 10));
      assertEquals(List.of(new FacetCount("Kim Jong Un", 1), new FacetCount("Vladimir Putin", 1)),
          lede.people(SearchRequest.of("cosmodrome"), 10));
      assertEquals(1, lede.people(SearchRequest.of(""), 1).size());
    }
  }
}
