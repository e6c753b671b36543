package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Highlight;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HighlightTest {

  private static SearchHit only(Lede lede, String query) {
    List<SearchHit> hits = lede.search(SearchRequest.of(query)).hits();
    assertEquals(1, hits.size(), query);
    return hits.get(0);
  }

  private static String matched(Highlight h, Span s) {
    return h.text().substring(s.start(), s.end());
  }

  @Test
  void spansPointAtTheQueryTermsInEachField() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("m", "North Korea fires missiles",
              "The missile flew 600 km. Officials met later. Another missile followed on Thursday.")
          .captions(List.of("A missile on display in Pyongyang.")).build()));
      SearchHit hit = only(lede, "missile");
      for (String field : List.of("headline", "body", "caption")) {
        List<Highlight> hl = hit.highlights().get(field);
        assertTrue(hl != null && !hl.isEmpty(), field + " has no highlight: " + hit.highlights());
        for (Highlight h : hl) {
          assertTrue(!h.spans().isEmpty());
          for (Span s : h.spans()) {
            assertTrue(matched(h, s).toLowerCase(Locale.ROOT).startsWith("missile"), matched(h, s));
          }
        }
      }
      List<Highlight> body = hit.highlights().get("body");
      assertEquals(List.of("The missile flew 600 km.", "Another missile followed on Thursday."),
          body.stream().map(Highlight::text).toList());
      assertEquals("The [missile] flew 600 km.", body.get(0).render("[", "]"));
    }
  }

  @Test
  void phraseIsHighlightedAsOneSpan() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("g", "Power cut", "The national grid collapsed on Tuesday.").build()));
      Highlight h = only(lede, "\"national grid\"").highlights().get("body").get(0);
      assertEquals(1, h.spans().size());
      assertEquals("national grid", matched(h, h.spans().get(0)));
    }
  }

  @Test
  void theEndOfALongArticleIsHighlightedToo() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      body.append("Paragraph ").append(i).append(" says nothing new about the weather.\n\n");
    }
    body.append("At the very end, the treasurer resigned.");
    assertTrue(body.length() > 50_000);
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("long", "A long report", body.toString()).build()));
      Highlight h = only(lede, "treasurer").highlights().get("body").get(0);
      assertEquals("At the very end, the treasurer resigned.", h.text());
    }
  }

  @Test
  void fieldsWithoutAMatchHaveNoHighlights() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("x", "Grid fails", "Power was cut.").build()));
      SearchHit hit = only(lede, "headline:grid");
      assertEquals(List.of("headline"), List.copyOf(hit.highlights().keySet()));
      SearchHit plain = lede.search(SearchRequest.builder("grid").highlight(false).build()).hits().get(0);
      assertTrue(plain.highlights().isEmpty());
    }
  }
}
