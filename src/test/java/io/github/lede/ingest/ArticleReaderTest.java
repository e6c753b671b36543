package io.github.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputException;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  /** Collects what the reader reports. */
  static class Collected implements ArticleReader.Sink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<InputException> failures = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
      articles.add(article);
    }

    @Override
    public void failed(InputException failure) {
      failures.add(failure);
    }

    @Override
    public void skipped(String file, String reason) {
      skipped.add(file + ": " + reason);
    }

    @Override
    public void notice(String file, int line, String message) {
      notices.add((line > 0 ? file + ":" + line : file) + ": " + message);
    }
  }

  private Collected read(Path p) {
    return read(p, 1 << 20);
  }

  private Collected read(Path p, long maxBytes) {
    Collected c = new Collected();
    new ArticleReader(maxBytes).read(p, c);
    return c;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static InputException onlyFailure(Collected c) {
    assertEquals(1, c.failures.size(), "failures: " + c.failures);
    return c.failures.get(0);
  }

  @Test
  void emptyFileFailsNamingTheFile() throws IOException {
    Path p = writeBytes("empty.txt", new byte[0]);
    InputException e = onlyFailure(read(p));
    assertEquals(p.toString(), e.file());
    assertTrue(e.getMessage().startsWith(p + ": empty file"), e.getMessage());
  }

  @Test
  void whitespaceOnlyFileIsEmpty() throws IOException {
    InputException e = onlyFailure(read(write("blank.txt", " \n\n\t\n")));
    assertTrue(e.reason().startsWith("empty file"), e.reason());
  }

  @Test
  void binaryFileFails() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    InputException e = onlyFailure(read(writeBytes("photo.txt", png)));
    assertTrue(e.reason().startsWith("binary file"), e.reason());
  }

  @Test
  void latin1TextIsReadAsWindows1252WithANoticeOnItsLine() throws IOException {
    byte[] latin1 = "Headline here\n\nFirst line is fine.\nCaf\u00e9 au lait costs \u00a33 more.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path p = writeBytes("latin1.txt", latin1);
    Collected c = read(p);
    assertEquals(List.of(), c.failures);
    assertTrue(c.articles.get(0).text().contains("Caf\u00e9 au lait costs \u00a33 more."), c.articles.get(0).text());
    assertEquals(List.of(p + ":4: not valid UTF-8: 2 bytes read as windows-1252 (the first: 0xE9 as '\u00e9')"),
        c.notices);
  }

  @Test
  void aByteWindows1252LeavesUndefinedFailsWithItsLine() throws IOException {
    byte[] bytes = "Headline here\n\nFirst line is fine.\nA bad \u0081 byte.\n".getBytes(StandardCharsets.ISO_8859_1);
    Path p = writeBytes("bad.txt", bytes);
    InputException e = onlyFailure(read(p));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith(p + ":4: invalid UTF-8 (byte 0x81 at offset 41), and not windows-1252"),
        e.getMessage());
  }

  @Test
  void malformedJsonLineFailsAloneAndTheGoodLinesAreRead() throws IOException {
    Path p = write("news.jsonl", """
        {"id": "a1", "headline": "First", "body": "One paragraph."}
        {"id": "a2", "headline": "Second", "body": "Broken
        {"id": "a3", "headline": "Third", "body": "Another paragraph."}
        """);
    Collected c = read(p);
    assertEquals(List.of("a1", "a3"), c.articles.stream().map(RawArticle::id).toList());
    InputException e = onlyFailure(c);
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(p + ":2: malformed JSON"), e.getMessage());
  }

  @Test
  void aJsonLineInLatin1IsReadWithANoticeAndABadLineFailsAlone() throws IOException {
    byte[] good = "{\"id\": \"a1\", \"body\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\": \"a2\", \"body\": \"Caf\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] undefined = "{\"id\": \"a3\", \"body\": \"Bad \u0081.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.writeBytes(good);
    all.writeBytes(latin1);
    all.writeBytes(undefined);
    all.writeBytes(good);
    Path p = writeBytes("mixed.jsonl", all.toByteArray());
    Collected c = read(p);
    assertEquals(List.of("a1", "a2", "a1"), c.articles.stream().map(RawArticle::id).toList());
    assertEquals("Caf\u00e9.", c.articles.get(1).text());
    assertEquals(3, onlyFailure(c).line());
    assertEquals(List.of(p + ":2: not valid UTF-8: 1 byte read as windows-1252 (the first: 0xE9 as '\u00e9')"),
        c.notices);
  }

  @Test
  void jsonLineWithoutTextFailsWithItsLine() throws IOException {
    Path p = write("notext.jsonl", "{\"id\": \"a1\", \"title\": \"Only a title\"}\n");
    InputException e = onlyFailure(read(p));
    assertEquals(1, e.line());
    assertTrue(e.reason().startsWith("article has no text"), e.reason());
  }

  @Test
  void fileOverTheSizeLimitFails() throws IOException {
    Path p = write("big.txt", "Headline\n\n" + "word ".repeat(500));
    InputException e = onlyFailure(read(p, 1000));
    assertTrue(e.reason().contains("over the limit of 1000 bytes"), e.reason());
  }

  @Test
  void gzipThatInflatesPastTheLimitFails() throws IOException {
    Path p = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(new byte[100_000]);
    }
    InputException e = onlyFailure(read(p, 10_000));
    assertTrue(e.reason().contains("decompresses to more than"), e.reason());
  }

  @Test
  void unknownExtensionIsSkippedWithTheReason() throws IOException {
    Path p = write("scan.pdf", "%PDF-1.7");
    Collected c = read(p);
    assertTrue(c.failures.isEmpty());
    assertEquals(1, c.skipped.size());
    assertTrue(c.skipped.get(0).contains("unknown extension .pdf"), c.skipped.get(0));
  }

  @Test
  void missingPathFails() {
    InputException e = onlyFailure(read(dir.resolve("nope")));
    assertTrue(e.reason().contains("no such file"), e.reason());
  }

  @Test
  void directoriesAreReadRecursivelyInNameOrderPassingHiddenFiles() throws IOException {
    write("b/two.txt", "Two\n\nText two.");
    write("a/one.txt", "One\n\nText one.");
    write("a/deeper/three.txt", "Three\n\nText three.");
    write(".hidden/four.txt", "Four\n\nText four.");
    write("a/.DS_Store", "junk");
    Collected c = read(dir);
    assertEquals(3, c.articles.size());
    assertTrue(c.articles.get(0).origin().endsWith("a/deeper/three.txt"), c.articles.get(0).origin());
    assertTrue(c.articles.get(2).origin().endsWith("b/two.txt"));
    assertTrue(c.failures.isEmpty() && c.skipped.isEmpty());
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path p = dir.resolve("feed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("{\"title\": \"T\", \"maintext\": \"Body.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Collected c = read(p);
    assertEquals(1, c.articles.size());
    assertEquals("T", c.articles.get(0).headline());
  }

  @Test
  void formatOfAFileWithoutExtensionComesFromItsContent() throws IOException {
    Collected json = read(write("feed", "{\"headline\": \"H\", \"body\": \"B.\"}\n"));
    assertEquals("H", json.articles.get(0).headline());
    Collected text = read(write("story", "Headline: Plain\n\nThe text."));
    assertEquals("Plain", text.articles.get(0).headline());
  }

  @Test
  void newsPleaseFieldsAreMapped() throws IOException {
    Collected c = read(write("np.jsonl", """
        {"title": "Rains fail", "maintext": "First.\\nSecond.", "date_publish": "2024-06-19 10:30:00", \
        "authors": ["Amina Wanjiru", "Tomás Ruiz"], "url": "https://example.org/a", "source_domain": "example.org", \
        "description": "The long rains failed for a third season."}
        """));
    RawArticle a = c.articles.get(0);
    assertEquals("Rains fail", a.headline());
    assertEquals("The long rains failed for a third season.", a.dek());
    assertEquals("First.\nSecond.", a.text());
    assertEquals("2024-06-19 10:30:00", a.published());
    assertEquals(List.of("Amina Wanjiru", "Tomás Ruiz"), a.authors());
    assertEquals("example.org", a.source());
    assertEquals("https://example.org/a", a.url());
    assertEquals(p("np.jsonl") + ":1", a.origin());
  }

  @Test
  void jsonFileMayHoldAnArrayOfArticles() throws IOException {
    Collected c = read(write("pages.json", """
        [
          {"headline": "One", "body": "First."},
          {"headline": "Two", "body": "Second."}
        ]
        """));
    assertEquals(List.of("One", "Two"), c.articles.stream().map(RawArticle::headline).toList());
    assertEquals(p("pages.json") + ":2", c.articles.get(0).origin());
  }

  @Test
  void aFieldOfTheWrongTypeIsLeftOutWithANoticeAndTheArticleIsRead() throws IOException {
    Path p = write("typed.jsonl", """
        {"headline": {"a": 1}, "body": "B.", "url": 42, "published": "not a date", "dateline": "SEOUL, June 3"}
        {"headline": ["One", "Two"], "body": "C.", "published": 20240601, "authors": [7], "id": 12}
        """);
    Collected c = read(p);
    assertEquals(List.of(), c.failures);
    assertEquals(2, c.articles.size());
    RawArticle first = c.articles.get(0);
    assertEquals(java.util.Arrays.asList(null, null, null, "SEOUL, June 3"),
        java.util.Arrays.asList(first.headline(), first.url(), first.published(), first.dateline()));
    assertEquals("12", c.articles.get(1).id());
    assertEquals(List.of(
        p + ":1: field \"url\" should be a string, found a number (42); left out",
        p + ":1: field \"headline\" should be a string, found an object ({...}); left out",
        p + ":1: field \"published\" \"not a date\" is not a date lede can read; left out",
        p + ":2: field \"headline\" should be a string, found an array ([...]); left out",
        p + ":2: field \"published\" should be a string, found a number (20240601); left out",
        p + ":2: field \"authors\" holds a number (7) where a name belongs; left out"), c.notices);
  }

  @Test
  void aBodyOfTheWrongTypeFailsTheArticleNamingTheField() throws IOException {
    InputException e = onlyFailure(read(write("typed.jsonl", "{\"headline\": \"H\", \"body\": {\"a\": 1}}\n")));
    assertEquals("field \"body\" should be text (a string, or an array of paragraphs), found an object", e.reason());
  }

  @Test
  void headerBlockGivesMetadataAndTheRestIsText() throws IOException {
    RawArticle a = read(write("h.txt", """
        Title: Rains fail in the north
        Date: June 19, 2024
        Author: Amina Wanjiru and Tomás Ruiz
        Source: Example Wire
        URL: https://example.org/rains

        NAIROBI (Example Wire) - The rains failed.
        """)).articles.get(0);
    assertEquals("Rains fail in the north", a.headline());
    assertEquals("June 19, 2024", a.published());
    assertEquals(List.of("Amina Wanjiru", "Tomás Ruiz"), a.authors());
    assertEquals("Example Wire", a.source());
    assertEquals("https://example.org/rains", a.url());
    assertEquals("NAIROBI (Example Wire) - The rains failed.\n", a.text());
  }

  @Test
  void firstParagraphWithAColonIsNotAHeaderBlock() throws IOException {
    String text = "Warning: the river is rising fast, officials said on Tuesday.\n\nMore text.";
    RawArticle a = read(write("colon.txt", text)).articles.get(0);
    assertEquals(null, a.headline());
    assertEquals(text, a.text());
  }

  @Test
  void crlfLineEndsAndByteOrderMarkAreNormalised() throws IOException {
    RawArticle a = read(write("crlf.txt", "\uFEFFHeadline: H\r\n\r\nLine one.\r\nLine two.\r\n")).articles.get(0);
    assertEquals("H", a.headline());
    assertEquals("Line one.\nLine two.\n", a.text());
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }
}
