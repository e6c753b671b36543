package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.lede.Lede;
import io.github.lede.index.Schema;
import io.github.lede.model.Article;
import io.github.lede.model.Highlight;
import io.github.lede.model.SearchRequest;
import java.util.List;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Which queries get the adjacency clause, what it is, and how its matches are highlighted. */
class AdjacencyTest {
  private static String parsed(String query) {
    return Queries.parse(query, Schema.analyzer(), 1000).toString();
  }

  /** The adjacency clause: the last top-level clause, an unboosted phrase on the body; else null. */
  private static String adjacency(String query) {
    if (Queries.parse(query, Schema.analyzer(), 1000) instanceof BooleanQuery bq) {
      Query last = bq.clauses().get(bq.clauses().size() - 1).query();
      return last instanceof PhraseQuery p && p.getField().equals(Schema.BODY) ? p.toString() : null;
    }
    return null;
  }

  @Test
  void twoOrMorePlainWordsGetABodyPhraseOfTheirStems() {
    assertEquals("body:\"heat oil\"", adjacency("heating oil"));
    assertEquals("body:\"anim feed meal\"", adjacency("animal feed meal"));
    assertEquals("body:\"heat oil\"", adjacency("heating AND oil"));
    assertEquals("body:\"heat oil\"", adjacency("(heating oil)"));
  }

  @Test
  void aStopWordBetweenLeavesItsGap() {
    assertEquals("body:\"price ? gold\"", adjacency("price of gold"));
  }

  @Test
  void theUsersOwnStructureIsLeftAlone() {
    for (String q : List.of("heating", "\"heating oil\"", "\"heating oil\"~3", "heating -oil", "headline:heating oil",
        "heating^2 oil", "heating oil*", "body:(heating oil)", "the oil", "heating (oil OR gas)",
        "heating oil AND published:2024")) {
      assertNull(adjacency(q), q + " -> " + parsed(q));
    }
  }

  @Test
  void quoteSearchHasNoAdjacencyClause() {
    assertFalse(Queries.parseQuotes("heating oil", Schema.analyzer(), 1000).toString().contains("\""));
  }

  @Test
  void adjacentWordsAreHighlightedAsOneSpanAndApartWordsEachAlone() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("h", "Winter",
          "Heating oil stocks rose. Oil output and heating costs fell.").build()));
      List<Highlight> body = lede.search(SearchRequest.of("heating oil")).hits().get(0).highlights().get("body");
      assertEquals("[Heating oil] stocks rose.", body.get(0).render("[", "]"));
      assertEquals("[Oil] output and [heating] costs fell.", body.get(1).render("[", "]"));
    }
  }
}
