package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.InputException;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt: each ends in an article or a clear error. Time is not asserted (that is JMH's job);
 * the walks are iterative and bounded, so these finish quickly or the suite hangs visibly.
 */
class HostileHtmlTest {
  private static final String PARAGRAPH = "<p>The committee met again on Thursday and agreed, after a long"
      + " discussion about costs, to publish its findings before the end of the month.</p>";

  @Test
  void tenMegabytePageGivesItsArticle() {
    StringBuilder sb = new StringBuilder("<html><head><title>Long report</title></head><body><article>");
    while (sb.length() < 10_000_000) {
      sb.append(PARAGRAPH);
    }
    sb.append("</article></body></html>");
    Article a = Articles.extract(HtmlArticles.fromHtml(sb.toString(), "big.html"), null);
    assertEquals("Long report", a.headline());
    assertTrue(a.paragraphs().size() > 50_000, "paragraphs: " + a.paragraphs().size());
  }

  @Test
  void deeplyNestedElementsDoNotOverflowTheStack() {
    int depth = 200_000;
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div class=\"date\">".repeat(depth));
    sb.append(PARAGRAPH).append(PARAGRAPH);
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    RawArticle r = HtmlArticles.fromHtml(sb.toString(), "deep.html");
    assertTrue(r.text().contains("The committee met again"), r.text());
  }

  @Test
  void nestedLabelsWithMuchTextAreCheckedCheaply() {
    // Thousands of nested "date" elements, each holding the whole page: a label check that read all of an
    // element's text would cost the square of the page.
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<span class=\"post-date\">".repeat(400));
    sb.append(PARAGRAPH.repeat(2000));
    sb.append("</span>".repeat(400)).append("</body></html>");
    RawArticle r = HtmlArticles.fromHtml(sb.toString(), "labels.html");
    assertTrue(r.text().startsWith("The committee met again"), r.text().substring(0, 80));
  }

  @Test
  void manyHeadingsAgainstALongTitleOfSeparatorsAreMatchedCheaply() {
    // Every position of the title starts a part, and every heading nearly matches at each of them.
    String title = "a|".repeat(500);
    StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
    for (int i = 0; i < 2000; i++) {
      sb.append("<h2>").append("a|".repeat(190)).append("b</h2><svg><g><title>icon</title></g></svg>");
    }
    sb.append(PARAGRAPH).append("</body></html>");
    RawArticle r = HtmlArticles.fromHtml(sb.toString(), "headings.html");
    assertTrue(r.text().contains("The committee met again"), r.text());
  }

  @Test
  void brokenMarkupStillGivesTheText() {
    String html = "<html><head><title>Broken</title></head><body><div><p>The committee met again on Thursday and"
        + " agreed, after a long discussion about costs, to publish its findings <b>before <i>the</b> end</i> of"
        + " the month.</div></div></span><p>A second paragraph without its closing tag follows here and keeps"
        + " going for a while so that it counts<p <p>>< ></body>";
    RawArticle r = HtmlArticles.fromHtml(html, "broken.html");
    assertTrue(r.text().contains("publish its findings before the end of the month."), r.text());
    assertTrue(r.text().contains("A second paragraph without its closing tag"), r.text());
  }

  @Test
  void aPageWithoutBodyOrTextFailsClearly() {
    for (String html : new String[] {
        "<html><head><title>Only a head</title><meta charset=utf-8></head></html>",
        "<!-- nothing but a comment -->",
        "<html><body><script>var article = 'not text';</script><style>p{}</style></body></html>",
        "   "}) {
      InputException e = assertThrows(InputException.class, () -> HtmlArticles.fromHtml(html, "empty.html"));
      assertTrue(e.getMessage().startsWith("empty.html: "), e.getMessage());
    }
  }

  @Test
  void textWithoutAnyTagsIsOneParagraph() {
    RawArticle r = HtmlArticles.fromHtml("Just a line of plain text saved with an .html name, long enough to be"
        + " read as a paragraph of prose.", "plain.html");
    assertTrue(r.text().startsWith("Just a line of plain text"), r.text());
  }

  @Test
  void hugeAttributesAndManyScriptsAreHarmless() {
    String big = "x".repeat(2_000_000);
    String html = "<html><head>" + "<script type=\"application/ld+json\">{\"@type\": \"Article\", ".repeat(500)
        + "</script><title>Attrs</title></head><body><div class=\"" + big + "\" id=\"" + big + "\">" + PARAGRAPH
        + "</div></body></html>";
    RawArticle r = HtmlArticles.fromHtml(html, "attrs.html");
    assertTrue(r.text().startsWith("The committee met again"), r.text());
  }
}
