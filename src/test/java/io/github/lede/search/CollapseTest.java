package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collapsed searches on the fixtures (golden): the dam story and its copy under another id fold into one
 * hit, and so do the brass band story and its republication with small edits; nothing else folds.
 */
class CollapseTest {
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

  /** Each hit's id and what folded into it. */
  private static Map<String, List<String>> groups(SearchResults r) {
    Map<String, List<String>> out = new TreeMap<>();
    r.hits().forEach(h -> out.put(h.id(), h.duplicates()));
    return out;
  }

  @Test
  void theCopiesFoldIntoOneHit() {
    for (SortOrder sort : SortOrder.values()) {
      SearchResults r = lede.search(SearchRequest.builder("kellerby").sort(sort).collapse(true).build());
      Map<String, List<String>> g = groups(r);
      assertEquals(4, g.size(), sort + " " + g);
      assertEquals(1, r.hits().stream().filter(h -> h.duplicates().equals(List.of("valleypost-0412"))
          || h.duplicates().equals(List.of("harrowmere-0001"))).count(), sort + " " + g);
      assertEquals(1, r.hits().stream().filter(h -> h.duplicates().equals(List.of("valleypost-0419"))
          || h.duplicates().equals(List.of("harrowmere-0004"))).count(), sort + " " + g);
      assertEquals(6, r.total(), "the total counts matches, not groups");
    }
  }

  @Test
  void withoutCollapseNothingFolds() {
    SearchResults r = lede.search(SearchRequest.builder("kellerby").build());
    assertEquals(6, r.hits().size());
    assertTrue(r.hits().stream().allMatch(h -> h.duplicates().isEmpty()));
  }

  @Test
  void wholeSearchesCollapseOnlyTheCopies() {
    SearchResults all = lede.search(SearchRequest.builder("").size(1000).build());
    SearchResults collapsed = lede.search(SearchRequest.builder("").size(1000).collapse(true).build());
    List<String> folded = collapsed.hits().stream().flatMap(h -> h.duplicates().stream()).sorted().toList();
    assertEquals(2, folded.size(), folded.toString());
    assertEquals(all.hits().size() - 2, collapsed.hits().size());
  }

  @Test
  void pagesGoOnAfterWhatTheyFolded() {
    List<SearchHit> seen = new ArrayList<>();
    SearchRequest r = SearchRequest.builder("kellerby").size(1).collapse(true).build();
    for (int page = 0; page < 10; page++) {
      SearchResults results = lede.search(r);
      seen.addAll(results.hits());
      if (results.next() == null) {
        break;
      }
      r = r.toBuilder().after(results.next()).build();
    }
    List<String> ids = new ArrayList<>();
    seen.forEach(h -> {
      ids.add(h.id());
      ids.addAll(h.duplicates());
    });
    assertEquals(4, seen.size(), ids.toString());
    assertEquals(6, ids.stream().distinct().count(), ids.toString());
    assertNotNull(seen.get(0));
  }
}
