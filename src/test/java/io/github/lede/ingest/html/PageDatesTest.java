package io.github.lede.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.RawArticle;
import org.junit.jupiter.api.Test;

/** Which of a page's dates is its publication date, and which forms of shown dates are read. */
class PageDatesTest {
  private static final String BODY = "<p>The ferry company said on Monday that the night crossing to the islands"
      + " would stop for the winter, leaving one morning boat for the farms along the outer shore.</p>"
      + "<p>Harbour master Tove Lindqvist said bookings had fallen by half since the bridge opened in the"
      + " spring, and the company could no longer run two boats at a loss.</p>";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static String published(String head, String body) {
    RawArticle r = HtmlArticles.fromHtml(page(head, body), "test.html");
    return r.published() == null ? null : io.github.lede.text.PublicationDates.parse(r.published()).toString();
  }

  @Test
  void aGenericDateMetaTagYieldsToTheDateShownOnThePage() {
    String head = "<meta name=\"date\" content=\"2023-09-30T10:00:00+02:00\">";
    assertEquals("2023-09-12", published(head, "<h1>Night ferry stops</h1><span class=\"date\">12.09.2023</span>"
        + BODY));
    assertEquals("2023-09-30", published(head, "<h1>Night ferry stops</h1>" + BODY));
    String strong = "<meta property=\"article:published_time\" content=\"2023-09-11T10:00:00+02:00\">";
    assertEquals("2023-09-11", published(strong + head, "<h1>Night ferry stops</h1><span class=\"date\">12.09.2023"
        + "</span>" + BODY));
  }

  @Test
  void readersCommentsDoNotDateTheArticleButBoundAPageThatShowsNoOtherDate() {
    String comments = "<ol class=\"commentlist\"><li><span class=\"comment-meta\">14. November 2023 um 09:12</span>"
        + "<p>Schade um die Nachtfähre.</p></li><li><time datetime=\"2023-11-09T20:01:00+01:00\">9. November 2023"
        + "</time><p>Endlich!</p></li></ol>";
    String head = "<title>Night ferry stops</title>";
    assertEquals("2023-11-02", published(head, "<h1>Night ferry stops</h1>" + BODY
        + "<p class=\"signature\">Posted on 2 November 2023</p>" + comments));
    assertEquals("2023-11-09", published(head, "<h1>Night ferry stops</h1>" + BODY + comments));
  }

  @Test
  void theDayAHeaderShowsAsTodayIsNotTheArticlesDate() {
    String header = "<div class=\"header-current-date\">Dienstag, 14. November 2023</div>";
    assertEquals("2023-11-02", published("", header + "<h1>Night ferry stops</h1>"
        + "<span class=\"post-date\">2. November 2023</span>" + BODY));
  }

  @Test
  void aUtcStampYieldsToTheNeighbouringDayThePageShows() {
    String head = "<meta property=\"article:published_time\" content=\"2023-11-01T23:30:00Z\">";
    assertEquals("2023-11-02", published(head, "<h1>Night ferry stops</h1><span class=\"post-date\">2. November"
        + " 2023</span>" + BODY));
    String local = "<meta property=\"article:published_time\" content=\"2023-11-01T23:30:00+01:00\">";
    assertEquals("2023-11-01", published(local, "<h1>Night ferry stops</h1><span class=\"post-date\">2. November"
        + " 2023</span>" + BODY));
  }

  @Test
  void aLabelOpeningALongParagraphOrBesideItsDateIsRead() {
    String longLead = "<p>Pressemitteilung vom 7. November 2023 | Mariehamn – " + "Die Reederei teilte mit, dass die"
        + " Nachtfähre ab Dezember nicht mehr fährt. ".repeat(8) + "</p>";
    assertEquals("2023-11-07", published("", "<h1>Nachtfähre eingestellt</h1>" + longLead + BODY));
    String beside = "<ul><li><p class=\"title\">Mise en ligne</p><p class=\"content\">7 novembre 2023</p></li></ul>";
    assertEquals("2023-11-07", published("", "<h1>Le ferry de nuit s'arrête</h1>" + beside + BODY));
  }

  @Test
  void aMicrodataDateInTheTitleOfAnAbbrShowingOnlyTheTimeIsRead() {
    String abbr = "<a href=\"/2023/11/ferry.html\"><abbr class=\"published\" itemprop=\"datePublished\""
        + " title=\"2023-11-07T10:52:00+01:00\">10:52</abbr></a>";
    assertEquals("2023-11-07", published("", "<h1>Night ferry stops</h1>" + BODY + abbr
        + "<p>Erscheinungsdatum: 1. Mai 2020</p>"));
  }

  @Test
  void submittedAndAuthoredLinesAreDateElements() {
    // After a long article, out of reach of the look for a date line near its start.
    assertEquals("2023-11-07", published("", "<h1>Nachtfähre eingestellt</h1>" + BODY.repeat(5)
        + "<div class=\"submitted\">Gespeichert von <span class=\"username\">tove</span> am 7. November 2023 - 18:55"
        + "</div>"));
    assertEquals("2023-11-08", published("", "<h1>Nachtfähre eingestellt</h1>" + BODY.repeat(5)
        + "<div class=\"authored\">08.11.2023</div>"));
  }

  @Test
  void aDateInThePageTitleIsTheLastResort() {
    String head = "<title>Night ferry stops | Island News | 07.11.2023</title>";
    assertEquals("2023-11-07", published(head, "<h1>Night ferry stops</h1>" + BODY));
    assertEquals("2023-11-02", published(head, "<h1>Night ferry stops</h1><span class=\"post-date\">2. November"
        + " 2023</span>" + BODY));
  }
}
