package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.SearchTimeoutException;
import io.github.lede.model.DateUnit;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count that runs out of time is refused, never returned partial: a search has a flag for "what I found in
 * time", a list of counts has none, and people counted over half the matches read as a true count.
 */
class CountTimeoutTest {
  private static List<RawArticle> articles() {
    List<RawArticle> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(RawArticle.builder("Harbour talks, day " + i + "\n\nMinister Chen Wei-ling said the harbour talks would go on.")
          .published("2024-06-" + String.format("%02d", 1 + i % 28)).build());
    }
    return out;
  }

  @Test
  void countsPastTheLimitAreRefusedInOneLine() {
    // A limit that has passed before the count starts: the searcher collects nothing.
    LedeOptions oneNano = LedeOptions.builder().searchTimeout(Duration.ofNanos(1)).build();
    try (Lede lede = Lede.inMemory(oneNano)) {
      lede.indexRaw(articles(), IndexListener.NONE);
      SearchRequest all = SearchRequest.of("harbour");
      SearchTimeoutException people = assertThrows(SearchTimeoutException.class, () -> lede.people(all, 10));
      assertEquals("counting people reached the time limit of 1 ns before it was complete: narrow the query, or"
          + " allow more time (LedeOptions.searchTimeout)", people.getMessage());
      assertThrows(SearchTimeoutException.class, () -> lede.sources(all, 10));
      SearchTimeoutException days = assertThrows(SearchTimeoutException.class, () -> lede.published(all, DateUnit.DAY));
      assertTrue(days.getMessage().startsWith("counting publication dates reached the time limit"), days.getMessage());
      // A search answers what it found in time, flagged, as before.
      assertTrue(lede.search(all).timedOut());
    }
  }

  @Test
  void countsWithinTheLimitAreWhole() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexRaw(articles(), IndexListener.NONE);
      assertEquals(40, lede.people(SearchRequest.of("harbour"), 10).get(0).articles());
      assertEquals(28, lede.published(SearchRequest.of("harbour"), DateUnit.DAY).size());
    }
  }
}
