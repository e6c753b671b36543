package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.json.JsonTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: output shapes and exit codes. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run lede(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Map<?, ?> json(String line) throws IOException {
    try (JsonParser p = JsonFactory.builder().build().createParser(line)) {
      p.nextToken();
      return (Map<?, ?>) JsonTree.read(p);
    }
  }

  private String indexFixtures() {
    String index = dir.resolve("idx").toString();
    Run r = lede("index", "index-fixtures", "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().startsWith("indexed 50 articles (50 new, 0 updated), 0 failed"), r.out());
    return index;
  }

  @Test
  void searchJsonHasTheDocumentedShapeAndSpansPointAtTheTerms() throws IOException {
    String index = indexFixtures();
    Run r = lede("search", "--index", index, "--json", "grid AND published:[2024-09-01 TO 2024-09-30]");
    assertEquals(0, r.code(), r.err());
    Map<?, ?> res = json(r.out().strip());
    assertEquals(Set.of("total", "totalIsLowerBound", "hits", "next", "timedOut", "suggestion"), res.keySet());
    assertEquals(false, res.get("timedOut"));
    assertEquals(1L, res.get("total"));
    assertEquals(false, res.get("totalIsLowerBound"));
    assertNull(res.get("next"));
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) res.get("hits")).get(0);
    assertTrue(hit.keySet().containsAll(
        Set.of("id", "score", "headline", "published", "source", "people", "highlights")), hit.keySet().toString());
    assertEquals("2024-09-03", hit.get("published"));
    Map<?, ?> highlights = (Map<?, ?>) hit.get("highlights");
    assertTrue(highlights.containsKey("body"), highlights.toString());
    for (Object field : highlights.values()) {
      for (Object o : (List<?>) field) {
        Map<?, ?> h = (Map<?, ?>) o;
        String text = (String) h.get("text");
        for (Object so : (List<?>) h.get("spans")) {
          Map<?, ?> s = (Map<?, ?>) so;
          String matched = text.substring(((Number) s.get("start")).intValue(), ((Number) s.get("end")).intValue());
          assertEquals("grid", matched.toLowerCase(java.util.Locale.ROOT), text);
        }
      }
    }
  }

  @Test
  void pagingWithTheCursorFromJson() throws IOException {
    String index = indexFixtures();
    Map<?, ?> first = json(lede("search", "--index", index, "--json", "-n", "2", "said").out().strip());
    String next = (String) first.get("next");
    Map<?, ?> second = json(lede("search", "--index", index, "--json", "-n", "2", "--after", next, "said").out().strip());
    Object firstIds = ((List<?>) first.get("hits")).stream().map(h -> ((Map<?, ?>) h).get("id")).toList();
    Object secondIds = ((List<?>) second.get("hits")).stream().map(h -> ((Map<?, ?>) h).get("id")).toList();
    assertEquals(2, ((List<?>) secondIds).size());
    assertTrue(((List<?>) secondIds).stream().noneMatch(((List<?>) firstIds)::contains));
  }

  @Test
  void textOutputShowsRankedHighlightedHits() {
    String index = indexFixtures();
    Run r = lede("search", "--index", index, "\"national grid\"");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("1 article\n"), r.out());
    assertTrue(r.out().contains("1. Nigeria's national grid collapses again"), r.out());
    assertTrue(r.out().contains("[national grid]"), r.out());
  }

  @Test
  void badQueryExitsTwoWithThePosition() {
    String index = indexFixtures();
    Run r = lede("search", "--index", index, "grid AND (power");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("lede: bad query at position 15"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, lede("search", "--colour", "red").code());
  }

  @Test
  void showPrintsOneArticle() throws IOException {
    String index = indexFixtures();
    Map<?, ?> res = json(lede("search", "--index", index, "--json", "permafrost").out().strip());
    String id = (String) ((Map<?, ?>) ((List<?>) res.get("hits")).get(0)).get("id");
    Run shown = lede("show", "--index", index, "--json", id);
    assertEquals(0, shown.code(), shown.err());
    assertEquals(id, json(shown.out().strip()).get("id"));
    Run text = lede("show", "--index", index, id);
    assertTrue(text.out().startsWith("Thawing permafrost"), text.out());
    assertEquals(1, lede("show", "--index", index, "no-such-id").code());
  }

  @Test
  void statsCountsArticles() {
    String index = indexFixtures();
    Run r = lede("stats", "--index", index);
    assertEquals(0, r.code());
    assertTrue(r.out().contains("articles  50"), r.out());
  }

  @Test
  void indexWithBadInputExitsOneAndNamesTheFiles() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Rains fail in the north\n\nThe rains failed.");
    Files.write(dir.resolve("bad.txt"), new byte[0]);
    Run r = lede("index", dir.resolve("good.txt").toString(), dir.resolve("bad.txt").toString(),
        "--index", dir.resolve("idx").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("indexed 1 articles (1 new, 0 updated), 1 failed"), r.out());
    assertTrue(r.out().contains("failed:  " + dir.resolve("bad.txt") + ": empty file"), r.out());
  }

  @Test
  void extractPrintsOneJsonObjectPerArticle() throws IOException {
    Run r = lede("extract", "index-fixtures/wire/briefs-asia.jsonl");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length);
    Map<?, ?> a = json(lines[0]);
    assertTrue(a.keySet().containsAll(Set.of("id", "source", "url", "headline", "headlineDerived", "published",
        "authors", "body", "captions", "people", "quotes", "dates")), a.keySet().toString());
  }

  @Test
  void extractRawKeepsTheFileVerbatimAsTheBody() throws IOException {
    String text = "Skip to main content\r\nHeadline here\r\n\r\nBody text.\r\n";
    Path f = dir.resolve("raw.txt");
    Files.writeString(f, text);
    Map<?, ?> a = json(lede("extract", "--raw", f.toString()).out().strip());
    assertEquals(text, a.get("body"));
    assertEquals("", a.get("headline"));
  }

  @Test
  void extractExplainGivesTheDecidingRuleOfEachPersonSpeakerAndDate() throws IOException {
    Path f = dir.resolve("explain.txt");
    Files.writeString(f, "Published: June 19, 2024\n\nDefence Minister Seo Min-jun spoke on Tuesday. "
        + "\"We are ready,\" Seo said.");
    Run r = lede("extract", "--explain", f.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    // The tagger decided, with what the rules said and the kinds of feature that pulled hardest.
    assertTrue(out.contains("person   body")
        && out.contains("\"Seo Min-jun\"  -> Seo Min-jun  [tagger (rules: title-or-role): "), out);
    assertTrue(out.contains("the rules' verdict +"), out);
    assertTrue(out.contains("-> Seo Min-jun  [after-quote; named]"), out);
    assertTrue(out.contains("\"Tuesday\"  -> 2024-06-18  [weekday; weekday: past tense]"), out);
  }

  @Test
  void extractReferenceDateStandsInForAMissingPublicationDate() throws IOException {
    Path f = dir.resolve("salvador.txt");
    Files.writeString(f, "Cocoa review\n\nSALVADOR, Feb 26 - Showers continued throughout the week.");
    Map<?, ?> a = json(lede("extract", "--reference-date", "1987-03-01", f.toString()).out().strip());
    assertEquals("1987-02-26", a.get("published"));
  }

  @Test
  void peopleCountsTheMostMentionedPeopleOfTheMatchingArticles() throws IOException {
    String index = indexFixtures();
    Run all = lede("people", "--index", index, "--top", "3");
    assertEquals(0, all.code(), all.err());
    assertEquals(3, all.out().strip().split("\n").length, all.out());
    List<?> korea = (List<?>) jsonArray(lede("people", "--index", index, "--json", "--top", "50", "korea").out());
    assertTrue(korea.stream().anyMatch(p -> ((Map<?, ?>) p).get("name").equals("Kim Su Yeon")), korea.toString());
    assertTrue(korea.stream().noneMatch(p -> ((Map<?, ?>) p).get("name").equals("Hinata Sakamoto")), korea.toString());
  }

  @Test
  void timelineCountsMatchingArticlesByPeriodOldestFirst() throws IOException {
    String index = indexFixtures();
    List<?> months = (List<?>) jsonArray(lede("timeline", "--index", index, "--json", "korea").out());
    assertTrue(!months.isEmpty(), months.toString());
    String previous = "";
    for (Object o : months) {
      String period = (String) ((Map<?, ?>) o).get("period");
      assertTrue(period.matches("\\d{4}-\\d{2}") && period.compareTo(previous) > 0, months.toString());
      previous = period;
    }
    Run years = lede("timeline", "--index", index, "--by", "year");
    assertEquals(0, years.code(), years.err());
    assertTrue(years.out().strip().split("\n")[0].matches("\\d{4}\\s+\\d+"), years.out());
    assertEquals(2, lede("timeline", "--index", index, "--by", "week").code());
  }

  @Test
  void personQueryAndFilterFromTheCommandLine() throws IOException {
    String index = indexFixtures();
    Map<?, ?> byQuery = json(lede("search", "--index", index, "--json", "person:sakamoto").out().strip());
    Map<?, ?> byFilter = json(lede("search", "--index", index, "--json", "--person", "Hinata Sakamoto").out().strip());
    assertEquals(1L, byQuery.get("total"));
    assertEquals(1L, byFilter.get("total"));
    Map<?, ?> hit = (Map<?, ?>) ((List<?>) byFilter.get("hits")).get(0);
    assertTrue(((List<?>) hit.get("people")).contains("Hinata Sakamoto"), hit.toString());
  }

  @Test
  void articleHitsListTheQuotesTheirQuoteClausesMatched() throws IOException {
    String index = indexFixtures();
    Map<?, ?> r = json(lede("search", "--index", index, "--json", "speaker:\"Kim Su Yeon\"").out().strip());
    List<?> hits = (List<?>) r.get("hits");
    assertTrue(!hits.isEmpty(), r.toString());
    for (Object o : hits) {
      List<?> quotes = (List<?>) ((Map<?, ?>) o).get("quotes");
      assertTrue(!quotes.isEmpty(), o.toString());
      for (Object q : quotes) {
        assertEquals("Kim Su Yeon", ((Map<?, ?>) q).get("speaker"), q.toString());
      }
    }
    Run plain = lede("search", "--index", index, "speaker:\"Kim Su Yeon\"");
    assertTrue(plain.out().contains("   quote: \u201c"), plain.out());
  }

  @Test
  void matchedQuotesMarkTheQueryWordsAndTheSpeakerAsWrittenIsAField() throws IOException {
    String index = indexFixtures();
    Map<?, ?> r = json(lede("search", "--index", index, "--json", "quote:\"door open\"").out().strip());
    Map<?, ?> quote = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) r.get("hits")).get(0)).get("quotes")).get(0);
    Map<?, ?> highlight = (Map<?, ?>) quote.get("highlight");
    Map<?, ?> span = (Map<?, ?>) ((List<?>) highlight.get("spans")).get(0);
    assertEquals("door open", ((String) highlight.get("text")).substring(((Long) span.get("start")).intValue(),
        ((Long) span.get("end")).intValue()));
    Run plain = lede("search", "--index", index, "quote:\"door open\"");
    assertTrue(plain.out().contains("keeps the [door open] even"), plain.out());
    Map<?, ?> economists = json(lede("quotes", "--index", index, "--json", "speaker_as_written:economist").out().strip());
    assertEquals(3L, economists.get("total"), economists.toString());
    assertEquals(0L, json(lede("quotes", "--index", index, "--json", "speaker:economist").out().strip()).get("total"));
    Run timeline = lede("timeline", "--index", index, "--mentioned", "--by", "year", "korea");
    assertEquals(0, timeline.code(), timeline.err());
    assertTrue(timeline.out().startsWith("1988             1"), timeline.out());
  }

  @Test
  void quotesFindQuotesBySpeakerWithTheirArticles() throws IOException {
    String index = indexFixtures();
    Map<?, ?> r = json(lede("quotes", "--index", index, "--json", "--by", "Kim Su Yeon", "--sort", "newest").out().strip());
    List<?> hits = (List<?>) r.get("hits");
    assertEquals(2, hits.size(), r.toString());
    for (Object o : hits) {
      Map<?, ?> h = (Map<?, ?>) o;
      assertEquals("Kim Su Yeon", h.get("speaker"));
      assertEquals("person", h.get("speakerKind"));
      assertEquals("Kim", h.get("speakerAsWritten"), "the article names her so where it quotes her");
      assertTrue(h.get("headline") instanceof String && h.get("articleId") instanceof String, h.toString());
    }
    Map<?, ?> dated = json(lede("quotes", "--index", index, "--json", "--by", "Kim Su Yeon", "--from", "2024-06-20",
        "--to", "2024-06-20").out().strip());
    assertEquals(1L, dated.get("total"), dated.toString());
    Map<?, ?> words = json(lede("quotes", "--index", index, "--json", "lambs").out().strip());
    Map<?, ?> first = (Map<?, ?>) ((List<?>) words.get("hits")).get(0);
    List<?> spans = (List<?>) first.get("spans");
    Map<?, ?> span = (Map<?, ?>) spans.get(0);
    assertEquals("lambs", ((String) first.get("text")).substring(((Long) span.get("start")).intValue(),
        ((Long) span.get("end")).intValue()).toLowerCase(java.util.Locale.ROOT));
    Run text = lede("quotes", "--index", index, "--by", "Kim Su Yeon", "-n", "1");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("— Kim Su Yeon") && text.out().contains("more: add --after"), text.out());
    assertEquals(2, lede("quotes", "--index", index, "--from", "yesterday").code());
  }

  @Test
  void speakerAndQuoteInArticleSearch() throws IOException {
    String index = indexFixtures();
    Map<?, ?> both = json(lede("search", "--index", index, "--json", "speaker:\"Kim Su Yeon\" AND quote:engineers")
        .out().strip());
    assertEquals(1L, both.get("total"), both.toString());
    Map<?, ?> none = json(lede("search", "--index", index, "--json", "speaker:\"Kim Su Yeon\" AND quote:regrets")
        .out().strip());
    assertEquals(0L, none.get("total"), none.toString());
  }

  static Object jsonArray(String text) throws IOException {
    try (JsonParser p = JsonFactory.builder().build().createParser(text.strip())) {
      p.nextToken();
      return JsonTree.read(p);
    }
  }

  @Test
  void aLinkToAFolderIsIndexedAndTheSummaryNamesDuplicatesAndNotices() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("a.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.writeString(news.resolve("b.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.write(news.resolve("c.txt"), "Pound falls\n\nThe pound fell to \u00a31.05.".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(news.resolve("d.jsonl"), "{\"id\": \"d1\", \"body\": \"Dry.\"}\n".repeat(2));
    Path link = Files.createSymbolicLink(dir.resolve("today"), news);
    String index = dir.resolve("idx").toString();
    Run r = lede("index", link.toString(), "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().startsWith("indexed 4 articles (4 new, 0 updated), 0 failed, 0 skipped, 1 duplicate,"
        + " 2 notices in "), r.out());
    assertTrue(r.out().contains("\n  duplicate: " + link.resolve("d.jsonl") + ":2: the same article as "
        + link.resolve("d.jsonl") + ":1 (id d1, the same headline and text); not indexed again\n"), r.out());
    assertTrue(r.out().contains("\n  notice:  " + link.resolve("b.txt") + ": the same headline and text as "
        + link.resolve("a.txt") + " (id today/a.txt); indexed under its own id, today/b.txt\n"), r.out());
    assertTrue(r.out().contains("\n  notice:  " + link.resolve("c.txt") + ":3: not valid UTF-8: 1 byte read as"
        + " windows-1252 (the first: 0xA3 as '\u00a3')\n"), r.out());
    assertTrue(lede("show", "--index", index, "today/c.txt").out().contains("\u00a31.05"));
  }

  @Test
  void extractPrintsNoticesOnStandardError() throws IOException {
    Path p = dir.resolve("feed.jsonl");
    Files.writeString(p, "{\"headline\": 7, \"body\": \"The rains came back.\", \"dateline\": \"SEOUL, June 3\"}\n");
    Run r = lede("extract", p.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("lede: notice: " + p + ":1: field \"headline\" should be a string, found a number (7); left out\n",
        r.err());
    assertEquals("SEOUL, June 3", json(r.out().strip()).get("dateline"));
  }
}
