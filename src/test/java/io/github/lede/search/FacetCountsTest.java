package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facet counts over an index of several segments, where each segment numbers its values its own way. */
class FacetCountsTest {
  private static RawArticle article(String headline, String body) {
    return RawArticle.ofText(headline + "\n\n" + body);
  }

  /** Three batches, three segments: a value can live in one segment, in some, or in all. */
  private static Lede threeSegments() {
    Lede lede = Lede.inMemory();
    lede.indexRaw(List.of(
        article("Port strike", "Union leader Amara Okafor said the port strike would go on."),
        article("Harvest", "Farmer Lars Eriksen said the harvest was early.")), IndexListener.NONE);
    lede.indexRaw(List.of(
        article("Port talks", "Amara Okafor met Minister Chen Wei-ling about the port."),
        article("Rail fares", "Minister Chen Wei-ling said rail fares would rise.")), IndexListener.NONE);
    lede.indexRaw(List.of(
        article("Port deal", "Amara Okafor and Chen Wei-ling signed a port deal, said Zainab Haddad.")),
        IndexListener.NONE);
    return lede;
  }

  @Test
  void countsAddUpAcrossSegments() {
    try (Lede lede = threeSegments()) {
      assertEquals(List.of(new FacetCount("Amara Okafor", 3), new FacetCount("Chen Wei-ling", 3),
          new FacetCount("Lars Eriksen", 1), new FacetCount("Zainab Haddad", 1)),
          lede.people(SearchRequest.of(""), 10));
    }
  }

  @Test
  void queryAndTopCutTheCounts() {
    try (Lede lede = threeSegments()) {
      assertEquals(List.of(new FacetCount("Amara Okafor", 3), new FacetCount("Chen Wei-ling", 2)),
          lede.people(SearchRequest.of("port"), 2));
      assertEquals(List.of(new FacetCount("Chen Wei-ling", 1)), lede.people(SearchRequest.of("fares"), 10));
      assertEquals(List.of(), lede.people(SearchRequest.of("nothingmatchesthis"), 10));
    }
  }

  /** "All of them" written as the largest int is every value, not a heap of two billion slots. */
  @Test
  void theLargestTopIsEveryValue() {
    try (Lede lede = threeSegments()) {
      assertEquals(4, lede.people(SearchRequest.of(""), Integer.MAX_VALUE).size());
      assertEquals(lede.sources(SearchRequest.of(""), 100), lede.sources(SearchRequest.of(""), Integer.MAX_VALUE));
    }
  }

  @Test
  void aNewSegmentIsCountedAfterRefresh() {
    try (Lede lede = threeSegments()) {
      lede.people(SearchRequest.of(""), 10);
      lede.indexRaw(List.of(article("Harvest fair opens in Dalby", "Lars Eriksen and Lars Eriksen's neighbours sold apples.")),
          IndexListener.NONE);
      lede.refresh();
      assertEquals(new FacetCount("Lars Eriksen", 2), lede.people(SearchRequest.of("harvest"), 1).get(0));
    }
  }
}
