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

  @Test
  void aHeadingThatIsTheMetadataTitleGivesItsTypesetForm() {
    String head = "<meta property=\"og:title\" content=\"Ferry's last run - and what comes next...\">";
    String body = "<div class=sidebar><h3>Timetables</h3></div>"
        + "<article><h2 class=entry-title>Ferry’s last run – and what comes next…</h2>" + BODY + "</article>";
    assertEquals("Ferry’s last run – and what comes next…", headline(head, body));
    assertEquals(TypographicFold.fold("“Ferry’s” run – on time…"),
        TypographicFold.fold("\"Ferry's\" Run - on  time..."));
  }

  @Test
  void softHyphensAreKeptOnlyWhenTheTitleHasThemToo() {
    String body = "<h1>Fähr\u00ADverbindung wird ein\u00ADgestellt</h1>" + BODY;
    assertEquals("Fährverbindung wird eingestellt",
        headline("<meta name=\"twitter:title\" content=\"Fährverbindung wird eingestellt\">", body));
  }

  @Test
  void aHeadingThatIsOnePartOfThePageTitleIsTheHeadline() {
    String body = "<div id=header><h1><a href=\"/\">Harbour Lights</a></h1></div>"
        + "<h2>Ferry timetable for the winter</h2>"
        + "<h2>Archives</h2>" + BODY;
    assertEquals("Ferry timetable for the winter",
        headline("<title>Harbour Lights » Blog Archive » Ferry timetable for the winter</title>", body));
    assertTrue(TitleHeadings.isPart("harbour lights » blog archive » ferry", "blog archive"));
    assertFalse(TitleHeadings.isPart("harbour lights » blog archive » ferry", "lights"));
  }

  @Test
  void aKickerMarkedUpInTheH1IsLeftOut() {
    String body = "<h1><span class=topic>Island transport</span> Late boat to stop for the winter</h1>" + BODY;
    assertEquals("Late boat to stop for the winter", headline("<title>Ferry news</title>", body));
    String hiddenColon = "<h1><span>Winter</span><span class=visually-hidden>: </span><span>Late boat to stop"
        + "</span></h1>" + BODY;
    assertEquals("Late boat to stop", headline("", hiddenColon));
    // Emphasis, a clause ending in a colon, or words going on in lower case are the headline's own.
    assertEquals("Exclusive: the late boat stops", headline("", "<h1><b>Exclusive:</b> the late boat stops</h1>"
        + BODY));
    assertEquals("Ferry row: Islanders ask for the late boat", headline("", "<h1><span>Ferry row:</span> "
        + "<span>Islanders ask for the late boat</span></h1>" + BODY));
    assertEquals("Ferry company keeps the late boat", headline("", "<h1><span class=x>Ferry</span> company keeps"
        + " the late boat</h1>" + BODY));
  }

  @Test
  void headingsKeptOutOfSightAreNotTheHeadline() {
    String body = "<h1 class=sr-only>Main navigation</h1><nav><a href=/a>News</a></nav>"
        + "<h1>Late boat to stop for the winter</h1>" + BODY;
    assertEquals("Late boat to stop for the winter", headline("<title>Ferry Notes</title>", body));
    assertTrue(OffScreen.isHidden(Jsoup.parse("<h2 class=\"c-title u-visually-hidden\">x</h2>").selectFirst("h2")));
    assertFalse(OffScreen.isHidden(Jsoup.parse("<h2 class=\"hidden-xs title\">x</h2>").selectFirst("h2")));
  }

  @Test
  void rubyReadingsHiddenPartsAndASmallLineAfterTheWordsAreNotTheHeadline() {
    assertEquals("東京の雪", HeadingText.of(Jsoup.parse("<h1><ruby>東京<rt>とうきょう</rt></ruby>の"
        + "<ruby>雪<rp>(</rp><rt>ゆき</rt><rp>)</rp></ruby></h1>").selectFirst("h1"), 400));
    assertEquals("Late boat to stop", HeadingText.of(Jsoup.parse("<h1>Late boat to stop<span class=sr-only> |"
        + " Ferry Notes</span></h1>").selectFirst("h1"), 400));
    assertEquals("Late boat to stop", HeadingText.of(Jsoup.parse("<h1>Late boat to stop<br><small>12.03.2024 •"
        + " Island news</small></h1>").selectFirst("h1"), 400));
    // A page title in a script without spaces, its parts split by a bare bar.
    assertEquals("東京の雪が止んだ", headline("<title>NEWS EASY|東京の雪が止んだ</title>",
        "<h1><a href=\"/\"><img alt=logo src=l.png></a></h1>"
        + "<h1><ruby>東京<rt>とうきょう</rt></ruby>の雪が止んだ</h1>"
        + "<h1>新しいニュース</h1>" + BODY));
  }

  @Test
  void aKickerInsideALinkAroundTheWholeHeadlineIsLeftOut() {
    String body = "<h1><a href=\"/threads/late-boat.12/\"><span class=label>Timetables</span>Late boat to stop for"
        + " the winter</a></h1>" + BODY;
    assertEquals("Late boat to stop for the winter", headline("", body));
  }

  @Test
  void aHeadingBeforeWhatTheTitleAppendsAfterACommaOrInBracketsIsTheHeadline() {
    String body = "<h1>Harbour</h1><h1>Late boat to stop for the winter</h1><h1>Comments</h1>" + BODY;
    assertEquals("Late boat to stop for the winter",
        headline("<title>Late boat to stop for the winter, Norway</title>", body));
    assertEquals("Late boat to stop", headline("<title>Late boat to stop (2024/3): Ferry Notes</title>",
        "<h2>Late boat to stop</h2>" + BODY));
  }

  @Test
  void wordsBeforeAMetadataTitleAreKeptWhenAnotherMetadataTitleHasThem() {
    String head = "<meta property=\"og:title\" content=\"Second cut this year: Late boat to stop for the winter\">"
        + "<title>Late boat to stop for the winter - Ferry Notes</title>";
    assertEquals("Second cut this year: Late boat to stop for the winter",
        headline(head, "<h1>Second cut this year: Late boat to stop for the winter</h1>" + BODY));
    // Without it, they are a kicker the metadata leaves out.
    assertEquals("Late boat to stop for the winter", headline("<title>Late boat to stop for the winter - Ferry"
        + " Notes</title>", "<h1>Second cut this year: Late boat to stop for the winter</h1>" + BODY));
  }

  @Test
  void theHeadlineIsInOneUnicodeForm() {
    assertEquals("Caf\u00E9 closes", headline("", "<h1>Cafe\u0301 closes</h1>" + BODY));
  }

  @Test
  void withoutAnH1TheFirstH2OutsideTheFurnitureIsTheHeadline() {
    String body = "<aside class=sidebar><h2>Recent posts</h2></aside><nav><h2>Site menu</h2></nav>"
        + "<div class=content><h2>Diving school</h2><h2>Boat handling and rescue training</h2>" + BODY + "</div>";
    // "Courses" is one word short of a headline: a section's label.
    assertEquals("Boat handling and rescue training", headline("<title>Harbour divers</title>",
        body.replace("Diving school", "Courses")));
    // With an h1 on the page, the h2s are its sections.
    assertEquals("Harbour divers", headline("<title>Harbour divers</title>", "<h1>Harbour divers</h1>" + body));
  }

  @Test
  void aHeadingThatIsTheOpenGraphTitleWinsOverOneThatIsThePageTitle() {
    String head = "<title>Late boat stops: \"A blow\"</title>"
        + "<meta property=\"og:title\" content=\"&quot;A blow&quot;: Late boat stops for the winter\">";
    String body = "<h1>Ferry Notes</h1><h1>Late boat stops: \"A blow\"</h1><h2>„A blow“: Late boat stops for the"
        + " winter</h2>" + BODY;
    assertEquals("„A blow“: Late boat stops for the winter", headline(head, body));
  }
}
