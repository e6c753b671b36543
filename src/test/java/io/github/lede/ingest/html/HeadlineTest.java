package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Choosing a page's headline among its headings and metadata titles. */
class HeadlineTest {
  private static final String BODY = "<p>The ferry company said on Monday that the evening crossing to the island"
      + " would stop for the winter, leaving one boat a day until the spring timetable starts in April.</p>"
      + "<p>Islanders had asked the council to keep the late boat, which nurses and shop staff use to get home"
      + " after their shifts on the mainland.</p>";

  private static String headline(String head, String body) {
    String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    return HtmlArticles.fromHtml(html, "test.html").headline();
  }

  @Test
  void anH1ThatLinksHomeIsTheSiteNameNotTheHeadline() {
    String body = "<header><h1><a href=\"https://ferrynotes.example/\">Ferry Notes</a></h1></header>"
        + "<article><h2>Late boat to stop for the winter</h2>" + BODY + "</article>";
    assertEquals("Late boat to stop for the winter",
        headline("<title>Late boat to stop for the winter | Ferry Notes</title>", body));
    // Two h1s, one of them the logo: the other one is the page's only headline.
    String two = "<h1 class=logo><a href=\"/\">Ferry Notes</a></h1><h1>Evening ferry – last crossing on Friday</h1>"
        + BODY;
    assertEquals("Evening ferry – last crossing on Friday",
        headline("<meta property=\"og:title\" content=\"Evening ferry - last crossing\">", two));
  }

  @Test
  void homeLinksAreSiteRootsAndArchivedCopiesOfThem() {
    assertTrue(SiteLogos.isHomeLink("/"));
    assertTrue(SiteLogos.isHomeLink("../index.html"));
    assertTrue(SiteLogos.isHomeLink("https://ferrynotes.example"));
    assertTrue(SiteLogos.isHomeLink("https://archive.example/web/2011/http://ferrynotes.example/"));
    assertFalse(SiteLogos.isHomeLink("https://ferrynotes.example/2024/late-boat"));
    assertFalse(SiteLogos.isHomeLink("late-boat.html"));
    assertFalse(SiteLogos.isHomeLink("#top"));
    assertFalse(SiteLogos.isHomeLink("javascript:void(0)"));
    assertFalse(SiteLogos.isLogo(Jsoup.parse("<h1>Late <a href=\"/\">boat</a></h1>").selectFirst("h1")));
  }

  @Test
  void aTitlePrintedBeforeThePageStillNamesIt() {
    // A PHP warning printed before the doctype moves the head into the body.
    String html = "<br><b>Warning</b>: cannot connect in /srv/www/db.php on line 12<br>"
        + "<!DOCTYPE html><html><head><title>Late boat to stop for the winter | Ferry Notes</title></head><body>"
        + BODY + "</body></html>";
    assertEquals("Late boat to stop for the winter", HtmlArticles.fromHtml(html, "t.html").headline());
  }

  @Test
  void aTitleLosesAllItsTrailingSiteParts() {
    assertEquals("Late boat to stop for the winter", Titles.clean("Late boat to stop for the winter : Ferry"
        + " Notes | Island news | Since 2009 | Volume 12", null));
  }
}
