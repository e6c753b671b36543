package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading HTML pages: charset, metadata sources in order, the article's paragraphs and captions. */
class HtmlArticlesTest {
  private static final String BODY = "<p>The regional water board approved a plan on Tuesday to replace the oldest"
      + " mains under the market square, work that will close two streets for most of the summer.</p>"
      + "<p>Board member Ilse Brandvold said the pipes dated from 1931 and had burst four times since"
      + " January, flooding cellars along the square each time.</p>";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static RawArticle read(String html) {
    return HtmlArticles.fromHtml(html, "test.html");
  }

  @Test
  void jsonLdInsideGraphGivesHeadlineDateAuthorsAndPublisher() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"name\":\"Water board\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Old mains under the square to be replaced\","
        + "\"datePublished\":\"2024-03-12T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Kai Ostrow\"},"
        + "\"Mia Fenn\"],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Fjordside Post\"}}]}</script>";
    RawArticle r = read(page(ld + "<title>Water | Fjordside Post</title>", BODY));
    assertEquals("Old mains under the square to be replaced", r.headline());
    assertEquals("2024-03-12T08:00:00Z", r.published());
    assertEquals(List.of("Kai Ostrow", "Mia Fenn"), r.authors());
    assertEquals("Fjordside Post", r.source());
  }

  @Test
  void sloppyJsonLdWithTrailingCommasStillReads() {
    String ld = "<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"X\"},"
        + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Pipes replaced\",\"datePublished\":\"2024-03-12\",}]"
        + "</script>";
    RawArticle r = read(page(ld, BODY));
    assertEquals("Pipes replaced", r.headline());
    assertEquals("2024-03-12", r.published());
  }

  @Test
  void aDatedWebPageNodeDatesAnArticleThatIsNotTypedAsOne() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Fjordside Post\",\"datePublished\":\"2001-01-01\"},"
        + "{\"@type\":\"WebPage\",\"name\":\"Old mains\",\"datePublished\":\"2024-03-12T01:44:37+00:00\"}]}"
        + "</script>";
    assertEquals("2024-03-12T01:44:37+00:00", read(page(ld, BODY)).published());
  }

  @Test
  void anUpdateLabelDatesAPageOnlyWhenNothingElseDoes() {
    String updated = "<p>Aktualisiert am 14.03.2024</p>";
    assertEquals("2024-03-14", read(page("<title>Mains</title>", "<article>" + BODY + updated + "</article>"))
        .published());
    String both = "<p>Veröffentlicht am 12.03.2024</p>" + BODY + updated;
    assertEquals("2024-03-12", read(page("<title>Mains</title>", "<article>" + both + "</article>")).published());
  }

  @Test
  void openGraphAloneGivesTheMetadataAndAnAuthorUrlIsNotAName() {
    String head = "<meta property=\"og:title\" content=\"Old mains to be replaced | Fjordside Post\">"
        + "<meta property=\"og:site_name\" content=\"Fjordside Post\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-12T08:00:00+01:00\">"
        + "<meta property=\"article:author\" content=\"https://fjordside.example/staff/kai\">"
        + "<meta property=\"og:url\" content=\"https://fjordside.example/mains\">";
    RawArticle r = read(page(head, BODY));
    assertEquals("Old mains to be replaced", r.headline());
    assertEquals("Fjordside Post", r.source());
    assertEquals("https://fjordside.example/mains", r.url());
    assertTrue(r.authors().isEmpty(), r.authors().toString());
    assertEquals("2024-03-12", Articles.extract(r, null).published().toString());
  }

  @Test
  void withoutMetadataTheMarkupGivesHeadlineDateAndAuthor() {
    String head = "<title>Old mains to be replaced - Fjordside Post</title><meta name=\"author\" content=\"Kai Ostrow\">"
        + "<link rel=\"canonical\" href=\"https://fjordside.example/2024/03/12/mains\">";
    RawArticle r = read(page(head, "<h1>Old mains under the square to be replaced</h1>"
        + "<time datetime=\"2024-03-12\">12 March</time>" + BODY));
    assertEquals("Old mains under the square to be replaced", r.headline());
    assertEquals("2024-03-12", r.published());
    assertEquals(List.of("Kai Ostrow"), r.authors());
    assertEquals("https://fjordside.example/2024/03/12/mains", r.url());
  }

  @Test
  void theTitleWithoutItsSiteNameIsTheLastResortAndTheUrlCanDateThePage() {
    RawArticle r = read(page("<title>Old mains to be replaced | Fjordside Post</title>"
        + "<link rel=\"canonical\" href=\"https://fjordside.example/2024/03/12/mains\">", BODY));
    assertEquals("Old mains to be replaced", r.headline());
    assertEquals("2024-03-12", r.published());
  }

  @Test
  void aDateShownInAPostMetaLineInGermanIsRead() {
    RawArticle r = read(page("", "<h1>Rohre werden ersetzt</h1><div class=\"postmeta\">6. März 2024 · Lokales</div>"
        + BODY));
    assertEquals("2024-03-06", r.published());
  }

  @Test
  void titleCleaningCutsTheSiteNameOnEitherSide() {
    assertEquals("Storm closes port", Titles.clean("Storm closes port | The Harbour Ledger", null));
    assertEquals("Storm closes port", Titles.clean("Storm closes port - News - Ledger", null));
    assertEquals("Storm closes port", Titles.clean("Ledger :: Storm closes port", "Ledger"));
    // A long part after a dash is the headline's own subtitle, not a site name.
    assertEquals("Port closes - why the storm surge overtopped the wall last night",
        Titles.clean("Port closes - why the storm surge overtopped the wall last night", null));
  }

  @Test
  void navigationRelatedLinksCommentsAndPromptsStayOutOfTheText() {
    String body = "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        + "<div class=\"cookie-notice\"><p>We use cookies to improve your experience on our website today.</p></div>"
        + "<article><h1>Old mains to be replaced</h1>" + BODY
        + "<div class=\"related-posts\"><h3>Related</h3><ul><li><a href=/a>Bridge repainted in record time</a></li>"
        + "<li><a href=/b>Market square to get new benches</a></li></ul></div></article>"
        + "<section class=\"comments\"><p>I have lived on the square for forty years and never seen it dry.</p></section>"
        + "<footer><p>Copyright Fjordside Post, all rights reserved, and more words here.</p></footer>";
    RawArticle r = read(page("", body));
    assertTrue(r.text().startsWith("The regional water board approved"), r.text());
    assertTrue(r.text().endsWith("flooding cellars along the square each time."), r.text());
    assertEquals(2, r.text().split("\n\n").length, r.text());
  }

  @Test
  void figureCaptionsBecomeCaptionsWithTheirCreditsSplitOff() {
    String body = "<article><h1>Old mains to be replaced</h1>" + BODY.replace("</p><p>",
        "</p><figure><img src=x.jpg><figcaption>Workers open the square on Tuesday. Photo: Lena Aas/Fjordside Post"
            + "</figcaption></figure><p>") + "</article>";
    Article a = Articles.extract(read(page("", body)), null);
    assertEquals(List.of("Workers open the square on Tuesday."), a.captions());
    assertEquals(List.of("Lena Aas/Fjordside Post"), a.credits());
    assertFalse(a.body().contains("Workers open"), a.body());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void paragraphsSplitAtLineBreaksAndWhiteSpaceIsCollapsed() {
    String body = "<div class=\"post\">The first paragraph of this little post, with\n  several\u00a0spaces and"
        + " a line break inside it, runs on a while.<br><br>The second paragraph follows the two breaks and is"
        + " also long enough to count as prose on this page.</div>";
    RawArticle r = read(page("<title>A post</title>", body));
    assertEquals("The first paragraph of this little post, with several spaces and a line break inside it, runs on"
        + " a while.\n\nThe second paragraph follows the two breaks and is also long enough to count as prose on"
        + " this page.", r.text());
  }

  @Test
  void charsetComesFromTheBomThenTheMetaTagElseUtf8() {
    String html = page("<meta charset=\"iso-8859-1\"><title>Café</title>", BODY.replace("Ilse", "Ilsé"));
    RawArticle latin = HtmlArticles.fromBytes(html.getBytes(Charset.forName("windows-1252")), "latin.html");
    assertEquals("Café", latin.headline());
    assertTrue(latin.text().contains("Ilsé"));

    String httpEquiv = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<title>Überraschung für “Zoë” am Öresund</title>", BODY);
    assertEquals("Überraschung für “Zoë” am Öresund",
        HtmlArticles.fromBytes(httpEquiv.getBytes(Charset.forName("windows-1252")), "x.html").headline());

    byte[] utf8 = page("<title>Smörgåsbord</title>", BODY).getBytes(StandardCharsets.UTF_8);
    assertEquals("Smörgåsbord", HtmlArticles.fromBytes(utf8, "x.html").headline());
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertEquals("Smörgåsbord", HtmlArticles.fromBytes(bom, "x.html").headline());

    // Undeclared and not valid UTF-8: read as windows-1252, as browsers do.
    byte[] undeclared = page("<title>Smörgåsbord</title>", BODY).getBytes(Charset.forName("windows-1252"));
    assertEquals("Smörgåsbord", HtmlArticles.fromBytes(undeclared, "x.html").headline());
  }

  @Test
  void aBomOverridesTheMetaTag() {
    byte[] utf16 = page("<meta charset=\"windows-1252\"><title>Ærø</title>", BODY).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[utf16.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bytes, 2, utf16.length);
    assertEquals("Ærø", HtmlArticles.fromBytes(bytes, "x.html").headline());
  }

  @Test
  void aPageWithoutArticleTextIsAClearError() {
    io.github.lede.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.lede.InputException.class,
        () -> read(page("<title>Menu</title>", "<nav><a href=/>Home</a><a href=/b>About</a></nav>")));
    assertTrue(e.getMessage().startsWith("test.html: HTML page has no article text"), e.getMessage());
  }
}
