package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Highlight;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.Quote;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.Span;
import io.github.lede.model.SpeakerKind;
import io.github.lede.model.ArticleField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Long passages are cut to a window around their first match; spans stay right and the cut is flagged. */
class PassageWindowTest {
  private static final String FILLER = "nothing much happened in the quiet town that week ";

  private static void spansPointAt(Highlight h, String word) {
    assertFalse(h.spans().isEmpty(), h.toString());
    for (Span s : h.spans()) {
      assertEquals(word, h.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT), h.text());
    }
  }

  @Test
  void aShortPassageIsWhole() {
    Highlight h = PassageWindow.of("The grid failed.", 0, 16, List.of(new int[] {4, 8}), 400);
    assertEquals(new Highlight("The grid failed.", List.of(new Span(4, 8))), h);
    assertEquals("The [grid] failed.", h.render("[", "]"));
  }

  @Test
  void aLongPassageIsCutAroundItsFirstMatchAtWordBoundaries() {
    String content = FILLER.repeat(40) + "the grid failed " + FILLER.repeat(40);
    int at = content.indexOf("grid");
    Highlight h = PassageWindow.of(content, 0, content.length(), List.of(new int[] {at, at + 4}), 200);
    assertTrue(h.text().length() <= 200, h.text());
    assertTrue(h.truncatedBefore() && h.truncatedAfter());
    spansPointAt(h, "grid");
    assertFalse(Character.isWhitespace(h.text().charAt(0)));
    assertTrue(content.contains(h.text()));
    String rendered = h.render("[", "]");
    assertTrue(rendered.startsWith(Highlight.ELLIPSIS) && rendered.endsWith(Highlight.ELLIPSIS), rendered);
    // The match sits near the start of the window, with some context before it.
    assertTrue(h.spans().get(0).start() > 20 && h.spans().get(0).start() < 100, h.toString());
  }

  @Test
  void aMatchAtTheEndKeepsTheEnd() {
    String content = FILLER.repeat(100) + "and the treasurer resigned";
    int at = content.indexOf("treasurer");
    Highlight h = PassageWindow.of(content, 0, content.length(), List.of(new int[] {at, at + 9}), 120);
    assertTrue(h.text().endsWith("the treasurer resigned"), h.text());
    assertTrue(h.truncatedBefore());
    assertFalse(h.truncatedAfter());
    spansPointAt(h, "treasurer");
  }

  @Test
  void surrogatePairsAreNotSplit() {
    String content = "\uD83D\uDE00".repeat(300) + " grid " + "\uD83D\uDE00".repeat(300);
    int at = content.indexOf("grid");
    for (int max = 41; max < 60; max++) {
      Highlight h = PassageWindow.of(content, 0, content.length(), List.of(new int[] {at, at + 4}), max);
      assertFalse(Character.isLowSurrogate(h.text().charAt(0)), h.text());
      assertFalse(Character.isHighSurrogate(h.text().charAt(h.text().length() - 1)), h.text());
      spansPointAt(h, "grid");
    }
  }

  @Test
  void searchHighlightsOfAOneLineArticleAreBoundedAndFindItsEnd() {
    String body = FILLER.repeat(20_000) + "at the very end the treasurer resigned";
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("long", "A long line", body).build()));
      SearchHit hit = lede.search(SearchRequest.of("treasurer")).hits().get(0);
      Highlight h = hit.highlights().get("body").get(0);
      assertTrue(h.text().length() <= 400);
      assertTrue(h.text().endsWith("the treasurer resigned"), h.text());
      assertTrue(h.truncatedBefore());
      spansPointAt(h, "treasurer");
      Highlight shorter = lede.search(SearchRequest.builder("treasurer").passageLength(60).build()).hits().get(0)
          .highlights().get("body").get(0);
      assertTrue(shorter.text().length() <= 60, shorter.text());
    }
  }

  @Test
  void hitListsAreCutAtTheLimitAndSaySo() {
    StringBuilder body = new StringBuilder();
    List<Quote> quotes = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int start = body.length() + 1;
      body.append('"').append("Trade matters ").append(i).append(",\" she said. ");
      quotes.add(new Quote("Trade matters " + i + ",", "Ann Lee", SpeakerKind.PERSON, "Ann Lee", ArticleField.BODY, 0,
          start, start + ("Trade matters " + i + ",").length()));
    }
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("q", "Trade talk", body.toString()).quotes(quotes).build()));
      SearchHit whole = lede.search(SearchRequest.of("quote:trade")).hits().get(0);
      assertEquals(30, whole.quotes().size());
      assertFalse(whole.truncated());
      SearchHit cut = lede.search(SearchRequest.builder("quote:trade").listLimit(5).build()).hits().get(0);
      assertEquals(5, cut.quotes().size());
      assertTrue(cut.truncated());
      SearchHit shortQuotes = lede.search(SearchRequest.builder("quote:trade").passageLength(40).build()).hits().get(0);
      assertFalse(shortQuotes.truncated(), "quotes shorter than 40 characters stay whole");
    }
  }

  @Test
  void aLongQuoteComesAsAWindowWhileItsTextStaysWhole() {
    String words = FILLER.repeat(60) + "and trade will suffer " + FILLER.repeat(60);
    String body = "\"" + words + "\" she said.";
    Quote q = new Quote(words, "Ann Lee", SpeakerKind.PERSON, "Ann Lee", ArticleField.BODY, 0, 1, 1 + words.length());
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(Article.builder("q", "Trade talk", body).quotes(List.of(q)).build()));
      QuoteHit hit = lede.quotes(QuoteRequest.of("trade")).hits().get(0);
      assertEquals(words, hit.text());
      assertTrue(hit.highlight().text().length() <= 1000);
      assertTrue(hit.highlight().truncatedBefore() && hit.highlight().truncatedAfter());
      spansPointAt(hit.highlight(), "trade");
      SearchHit article = lede.search(SearchRequest.of("quote:trade")).hits().get(0);
      assertTrue(article.truncated());
      assertTrue(article.quotes().get(0).text().endsWith(Highlight.ELLIPSIS));
      assertTrue(article.quotes().get(0).text().length() <= 401);
    }
  }
}
