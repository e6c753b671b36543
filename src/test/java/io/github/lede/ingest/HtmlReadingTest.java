package io.github.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML through the reader: by extension, gzipped, sniffed, and as an {@code html} field of a JSON line. */
class HtmlReadingTest {
  @TempDir Path dir;

  private static final String PAGE = "<!DOCTYPE html><html><head><title>Quay reopens | Port News</title></head>"
      + "<body><nav><a href=/>Home</a></nav><article><h1>Quay reopens after repairs</h1>"
      + "<p>The north quay reopened to fishing boats on Thursday after six weeks of repairs to its timber"
      + " piles, the harbour master said.</p><p>Boats had been landing their catch at the ferry slip, which"
      + " slowed unloading and annoyed ferry passengers.</p></article></body></html>";

  private ArticleReaderTest.Collected read(Path p) {
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new ArticleReader(1 << 20).read(p, c);
    return c;
  }

  @Test
  void htmlAndHtmFilesAreRead() throws IOException {
    for (String name : List.of("quay.html", "quay.htm", "QUAY.HTML")) {
      Path p = dir.resolve(name);
      Files.writeString(p, PAGE);
      ArticleReaderTest.Collected c = read(p);
      assertEquals(1, c.articles.size(), name + " " + c.failures + c.skipped);
      assertEquals("Quay reopens after repairs", c.articles.get(0).headline());
      assertTrue(c.articles.get(0).text().startsWith("The north quay reopened"), c.articles.get(0).text());
    }
  }

  @Test
  void gzippedHtmlIsRead() throws IOException {
    Path p = dir.resolve("quay.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    ArticleReaderTest.Collected c = read(p);
    assertEquals(1, c.articles.size(), c.failures.toString());
    assertEquals("Quay reopens after repairs", c.articles.get(0).headline());
  }

  @Test
  void aPageWithoutExtensionIsSniffedEvenInWindows1252() throws IOException {
    Path p = dir.resolve("saved-page");
    Files.write(p, PAGE.replace("Quay reopens after", "Quay reopens after café").getBytes(Charset.forName("windows-1252")));
    ArticleReaderTest.Collected c = read(p);
    assertEquals(1, c.articles.size(), c.failures.toString());
    assertEquals("Quay reopens after café repairs", c.articles.get(0).headline());
  }

  @Test
  void aJsonLineMayCarryThePageAsHtmlAndItsOwnFieldsWin() throws IOException {
    String html = PAGE.replace("\"", "\\\"");
    Path p = dir.resolve("crawl.jsonl");
    Files.writeString(p, "{\"url\": \"https://port.example/quay\", \"html\": \"" + html + "\"}\n"
        + "{\"title\": \"Given title\", \"html\": \"" + html + "\"}\n"
        + "{\"html\": \"<html><body><nav><a href=/>Home</a></nav></body></html>\"}\n");
    ArticleReaderTest.Collected c = read(p);
    assertEquals(2, c.articles.size(), c.failures.toString());
    assertEquals("https://port.example/quay", c.articles.get(0).url());
    assertEquals("Quay reopens after repairs", c.articles.get(0).headline());
    assertEquals("Given title", c.articles.get(1).headline());
    assertEquals(1, c.failures.size());
    assertEquals(3, c.failures.get(0).line());
    assertTrue(c.failures.get(0).reason().contains("no article text"), c.failures.get(0).reason());
  }
}
