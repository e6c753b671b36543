package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of page that decide what a reader counts as the article: teaser cards, captions outside
 * {@code <figcaption>}, tables, markup shown as text, containers whose names mislead.
 */
class PageShapesTest {
  private static final String P1 = "<p>The harbour board voted on Thursday to dredge the inner basin before the"
      + " autumn, after two ferries touched bottom at low water in the same week.</p>";
  private static final String P2 = "<p>Dredging will close the fuel quay for nine days, and fishing boats will"
      + " refuel at the outer pier, the board's engineer Oksana Lindqvist said after the vote.</p>";
  private static final String P3 = "<p>The silt will be taken by barge to the old gravel pit at Sandvika, which"
      + " the council plans to turn into a wetland once the pit is full.</p>";

  private static RawArticle read(String body) {
    return HtmlArticles.fromHtml("<!DOCTYPE html><html><head><title>Basin to be dredged</title></head><body>"
        + body + "</body></html>", "test.html");
  }

  private static String card(String headline, String excerpt) {
    return "<div class=\"item\"><a href=\"/x\"><img src=\"/t.jpg\"></a><h3><a href=\"/x\">" + headline
        + "</a></h3><p>" + excerpt + "</p><span>4 min</span></div>";
  }

  @Test
  void teaserCardsBesideOrInsideTheArticleAreLeftOut() {
    String rail = "<div class=\"more\"><h2>From the waterfront</h2>"
        + card("Ferry timetable changes for the winter season", "The early crossing moves to a later slot from"
            + " November, and the last boat leaves at ten.")
        + card("Lighthouse keepers' cottage opens to visitors", "The restored cottage will show the lamp room and"
            + " the keepers' logbooks from the storm years.")
        + card("Sailing school doubles its summer places", "Demand from families has grown every year since"
            + " the school moved to the new pontoons.") + "</div>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + P2 + P3 + rail + "</article>");
    assertEquals(3, r.text().split("\n\n").length, r.text());
    assertFalse(r.text().contains("early crossing"), r.text());
  }

  @Test
  void cardsNestedAsArticlesInTheMainArticleAreLeftOut() {
    String nested = "<article><h2><a href=\"/a\">Council approves the wetland at the gravel pit</a></h2>"
        + "<p>The plan needs one more vote in the spring.</p></article>"
        + "<article><h2><a href=\"/b\">New pontoons arrive by barge from the yard</a></h2>"
        + "<p>Eight sections were towed in overnight.</p></article>";
    RawArticle r = read("<article class=\"story\"><h1>Basin to be dredged</h1>" + P1 + P2 + P3 + nested
        + "</article>");
    assertFalse(r.text().contains("one more vote"), r.text());
    assertTrue(r.text().endsWith("once the pit is full."), r.text());
  }

  @Test
  void aShortPostThatIsItselfOneOfSeveralCardsIsStillTheArticle() {
    String post = "<article><h2><a href=\"/p\">Basin to be dredged this autumn</a></h2><p>The board voted to"
        + " dredge the inner basin.</p></article>";
    String other = "<article><h2><a href=\"/q\">Fuel quay to close for nine days</a></h2><p>Boats will use the"
        + " outer pier.</p></article>";
    RawArticle r = read("<main>" + post + other + "</main>");
    assertFalse(r.text().isBlank());
  }

  @Test
  void captionsNamedByClassOrSetBesideAnImageAreCaptions() {
    String byName = "<div class=\"wp-caption\"><img src=\"/a.jpg\" width=\"600\"><p class=\"wp-caption-text\">"
        + "A ferry waits at the fuel quay at low water.</p></div>";
    String byPlace = "<div class=\"photo\"><img src=\"/b.jpg\"><div>The inner basin seen from the breakwater."
        + "</div></div>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + byName + P2 + byPlace + P3 + "</article>");
    assertEquals(List.of("A ferry waits at the fuel quay at low water.", "The inner basin seen from the breakwater."),
        r.captions());
    assertEquals(3, r.text().split("\n\n").length, r.text());
  }

  @Test
  void aParagraphWithAnIconBesideItIsNotACaption() {
    String icon = "<div><img src=\"/i.png\" width=\"16\" height=\"16\"><p>The board meets again in March.</p>"
        + "</div>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + P2 + icon + P3 + "</article>");
    assertTrue(r.text().contains("meets again in March"), r.text());
    assertTrue(r.captions().isEmpty(), r.captions().toString());
  }

  @Test
  void aDataTableIsReadRowByRow() {
    String table = "<table><tr><th>Berth</th><th>Depth now</th><th>After dredging</th></tr>"
        + "<tr><td>Fuel quay</td><td>2.1 m</td><td>3.5 m</td></tr>"
        + "<tr><td>Ferry berth</td><td>2.8 m</td><td>4.0 m</td></tr></table>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + table + P2 + P3 + "</article>");
    assertTrue(r.text().contains("\n\nFuel quay | 2.1 m | 3.5 m\n\n"), r.text());
    assertTrue(r.text().contains("\n\nFerry berth | 2.8 m | 4.0 m\n\n"), r.text());
  }

  @Test
  void aLayoutTableStillHasItsCellsAsBlocks() {
    String layout = "<table><tr><td><p>" + P1.substring(3) + P2 + "</td><td><ul><li><a href=/a>Home</a></li>"
        + "<li><a href=/b>Port</a></li></ul></td></tr></table>";
    RawArticle r = read(layout);
    assertFalse(r.text().contains("|"), r.text());
    assertFalse(r.text().contains("Home"), r.text());
  }

  @Test
  void shortcodesAndEscapedTagsShownAsTextAreDropped() {
    String shown = "<p>[button link=\"https://example.org/dredge\" color=\"blue\"]Read the plan[/button]</p>"
        + "<p>&lt;img src=\"https://example.org/pixel.gif\" width=\"1\" height=\"1\"&gt;</p>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + P2 + shown + P3 + "</article>");
    assertFalse(r.text().contains("[button"), r.text());
    assertFalse(r.text().contains("[/button]"), r.text());
    assertFalse(r.text().contains("<img"), r.text());
    assertTrue(r.text().contains("Read the plan"), r.text());
  }

  @Test
  void bracketsThatAreNotShortcodesStay() {
    assertEquals("He said [sic] it was 2 < 3 and [1] more", ShownMarkup.strip("He said [sic] it was 2 < 3 and [1] more"));
    assertEquals("a b", ShownMarkup.strip("a [/caption] b"));
  }

  @Test
  void anArticleInAPaywallContainerAndAPullQuoteInAnAsideAreKept() {
    String quote = "<aside class=\"pullquote\"><p>We cannot run a ferry service on a basin that dries out twice"
        + " a day in the summer months.</p></aside>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1><div class=\"paywall-content\">" + P1 + quote + P2
        + P3 + "</div><div class=\"paywall-prompt\"><p>Subscribe to read on.</p></div></article>");
    assertTrue(r.text().contains("dries out twice a day"), r.text());
    assertTrue(r.text().contains("the board's engineer"), r.text());
    assertFalse(r.text().contains("Subscribe"), r.text());
  }

  @Test
  void aStandfirstAboveTheArticleOrNamedAsOneIsTheDek() {
    String above = "<header><h1>Basin to be dredged</h1><p>Two ferries touched bottom in a week; the board says"
        + " the inner basin cannot wait for next year's budget.</p><span>By Ada Fenwick</span></header>";
    RawArticle r = read(above + "<div class=\"story-body\">" + P1 + P2 + P3 + "</div>");
    assertEquals("Two ferries touched bottom in a week; the board says the inner basin cannot wait for next"
        + " year's budget.", r.dek());
    Article a = Articles.extract(r, null);
    assertTrue(a.body().startsWith("The harbour board voted"), a.body());
    assertEquals(r.dek(), a.dek());
    assertEquals(List.of("Ada Fenwick"), a.authors());

    String named = "<article><h1>Basin to be dredged</h1><p class=\"article-standfirst\">The inner basin will be"
        + " dredged before the autumn.</p>" + P1 + P2 + P3 + "</article>";
    RawArticle n = read(named);
    assertEquals("The inner basin will be dredged before the autumn.", n.dek());

    String shortLead = "<header><h1>Basin to be dredged</h1></header><div class=\"intro\"><p>The board has"
        + " waited two years for the money to dredge the basin.</p></div><div class=\"story-body\">" + P1 + P2 + P3 + "</div>"
        + "<div class=\"links\"><a href=/a>Home</a> <a href=/b>Port</a> <a href=/c>Ferries</a></div>";
    assertEquals("The board has waited two years for the money to dredge the basin.", read(shortLead).dek());
    assertEquals(3, n.text().split("\n\n").length, n.text());
  }

  @Test
  void aSubtitleSetAsAHeadingUnderTheHeadlineIsTheDek() {
    String header = "<div class=\"top\"><h1>Basin to be dredged</h1><h2>Two ferries touched bottom in one week,"
        + " and the board will not wait</h2></div>";
    RawArticle r = read("<nav><a href=/>Home</a></nav>" + header + "<div class=\"story\">" + P1 + P2 + P3
        + "</div><div class=\"footer-links\"><a href=/a>About us</a> <a href=/b>Contact</a></div>");
    assertEquals("Two ferries touched bottom in one week, and the board will not wait", r.dek());

    RawArticle inside = read("<article><h1>Basin to be dredged</h1><h2>Two ferries touched bottom in one week,"
        + " and the board will not wait</h2>" + P1 + "<h2>What happens to the silt</h2>" + P2 + P3 + "</article>");
    assertEquals("Two ferries touched bottom in one week, and the board will not wait", inside.dek());
    assertTrue(inside.text().contains("What happens to the silt"), inside.text());
  }

  @Test
  void aContainerNamedPrintIsNotFurniture() {
    String recipe = "<div class=\"recipe-ingredients print-area\"><ul><li>2 kg of silt</li><li>1 barge</li></ul>"
        + "</div>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + recipe + P2 + P3 + "</article>");
    assertTrue(r.text().contains("2 kg of silt"), r.text());
  }

  @Test
  void aSummaryBoxAfterTheArticlesLastParagraphIsLeftOut() {
    String box = "<div class=\"product-summary\"><p>The Harbour Guide lists every berth, fuel price and tide table"
        + " for the season.</p></div>";
    RawArticle r = read("<article><h1>Basin to be dredged</h1>" + P1 + P2 + P3 + box + "</article>");
    assertFalse(r.text().contains("Harbour Guide"), r.text());
    assertTrue(r.text().endsWith("once the pit is full."), r.text());
  }

  @Test
  void linksWeighMoreAfterTheArticlesLastParagraph() {
    String pointer = "<p>The full report on the plan is on <a href=\"/r\">the board's site</a>.</p>";
    RawArticle end = read("<article><h1>Basin to be dredged</h1>" + P1 + P2 + P3 + pointer + "</article>");
    assertFalse(end.text().contains("full report"), end.text());
    RawArticle middle = read("<article><h1>Basin to be dredged</h1>" + P1 + pointer + P2 + P3 + "</article>");
    assertTrue(middle.text().contains("full report"), middle.text());
  }
}
