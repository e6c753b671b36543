package io.github.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.InputException;
import io.github.lede.ingest.ArticleReaderTest.Collected;
import io.github.lede.model.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One rule for every format: byte-order marks honoured, bytes that are not UTF-8 read as windows-1252. */
class EncodingsTest {
  private static final String ARTICLE =
      "Pound falls to \u201cnew low\u201d\n\nThe pound fell to \u00a31.05 in Z\u00fcrich.";

  @TempDir Path dir;

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] mark(ByteOrderMark bom) {
    return concat(new byte[0], "\uFEFF".getBytes(bom.charset()));
  }

  private Collected read(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    Collected c = new Collected();
    new ArticleReader(1 << 20).read(p, c);
    return c;
  }

  @ParameterizedTest
  @EnumSource(ByteOrderMark.class)
  void textWithAByteOrderMarkIsReadInItsEncoding(ByteOrderMark bom) throws IOException {
    Collected c = read("a.txt", concat(mark(bom), ARTICLE.getBytes(bom.charset())));
    assertEquals(List.of(), c.failures);
    assertEquals(ARTICLE, c.articles.get(0).text());
    assertEquals(List.of(), c.notices);
  }

  @ParameterizedTest
  @EnumSource(ByteOrderMark.class)
  void jsonLinesWithAByteOrderMarkKeepTheirLineNumbers(ByteOrderMark bom) throws IOException {
    String lines = "{\"id\": \"a\", \"body\": \"One \u00a3.\"}\r\n{\"id\": \"b\", \"body\": \"Broken\n{\"id\": \"c\","
        + " \"body\": \"Three.\"}\n";
    Collected c = read("feed.jsonl", concat(mark(bom), lines.getBytes(bom.charset())));
    assertEquals(List.of("a", "c"), c.articles.stream().map(RawArticle::id).toList());
    assertEquals("One \u00a3.", c.articles.get(0).text());
    assertEquals(2, c.failures.get(0).line());
  }

  @ParameterizedTest
  @EnumSource(ByteOrderMark.class)
  void aPageWithAByteOrderMarkIsReadInItsEncodingEvenWithoutAnExtension(ByteOrderMark bom) throws IOException {
    String page = "<!doctype html><html><head><title>Pound falls</title></head><body><article><h1>Pound falls"
        + "</h1><p>The pound fell to \u00a31.05 in Z\u00fcrich on Monday, traders said.</p></article></body></html>";
    Collected c = read("page", concat(mark(bom), page.getBytes(bom.charset())));
    assertEquals(List.of(), c.failures);
    assertTrue(c.articles.get(0).text().contains("\u00a31.05 in Z\u00fcrich"), c.articles.get(0).text());
  }

  @Test
  void aStrayLatin1ByteInUtf8TextKeepsTheUtf8AndReadsTheByteAsWindows1252() throws IOException {
    byte[] utf8 = ARTICLE.replace("\u00a3", "").getBytes(StandardCharsets.UTF_8);
    String before = "Pound falls to \u201cnew low\u201d\n\nThe pound fell to ";
    int at = before.getBytes(StandardCharsets.UTF_8).length;
    byte[] bytes = concat(java.util.Arrays.copyOf(utf8, at), new byte[] {(byte) 0xA3},
        java.util.Arrays.copyOfRange(utf8, at, utf8.length));
    Path p = dir.resolve("bbc.txt");
    Collected c = read("bbc.txt", bytes);
    assertEquals(ARTICLE, c.articles.get(0).text());
    assertEquals(List.of(p + ":3: not valid UTF-8: 1 byte read as windows-1252 (the first: 0xA3 as '\u00a3')"),
        c.notices);
  }

  @Test
  void aWholeWindows1252FileIsReadWithItsCurlyQuotes() throws IOException {
    Collected c = read("legacy.txt", ARTICLE.getBytes(Charset.forName("windows-1252")));
    assertEquals(ARTICLE, c.articles.get(0).text());
    assertTrue(c.notices.get(0).contains("4 bytes read as windows-1252 (the first: 0x93 as '\u201c')"),
        c.notices.toString());
  }

  @Test
  void aBinaryFileWithoutNulBytesIsStillNotText() throws IOException {
    byte[] bytes = new byte[4000];
    new java.util.Random(7).nextBytes(bytes);
    // No NUL, and no byte windows-1252 leaves undefined: only the control characters give it away.
    for (int i = 0; i < bytes.length; i++) {
      boolean undefined = Windows1252.charOf(bytes[i] & 0xff) == Windows1252.UNDEFINED;
      bytes[i] = bytes[i] == 0 || undefined ? 1 : bytes[i];
    }
    InputException e = read("noise.txt", bytes).failures.get(0);
    assertTrue(e.reason().contains("control characters"), e.reason());
  }

  @Test
  void aByteOrderMarkThatLiesIsAnError() throws IOException {
    byte[] odd = concat(mark(ByteOrderMark.UTF_16LE), "Headline\n\nText.".getBytes(StandardCharsets.UTF_16LE),
        new byte[] {0x41});
    InputException e = read("odd.txt", odd).failures.get(0);
    assertTrue(e.reason().startsWith("invalid UTF-16LE at offset 32, though the file starts with its byte-order"
        + " mark"), e.reason());
  }

  @Test
  void htmlThatDeclaresNothingReadsStrayBytesAsPlainTextDoes() throws IOException {
    String page = "<html><body><article><h1>Pound \u201cfalls\u201d</h1><p>The pound fell to POUND1.05 in"
        + " Z\u00fcrich on Monday, traders said.</p></article></body></html>";
    byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
    String s = new String(utf8, StandardCharsets.ISO_8859_1).replace("POUND", "\u00a3");
    Path p = dir.resolve("page.html");
    Collected c = read("page.html", s.getBytes(StandardCharsets.ISO_8859_1));
    RawArticle a = c.articles.get(0);
    assertEquals("Pound \u201cfalls\u201d", a.headline());
    assertTrue(a.text().contains("\u00a31.05 in Z\u00fcrich"), a.text());
    assertEquals(List.of(p + ": not valid UTF-8 and no charset declared: bytes that are not UTF-8 read as"
        + " windows-1252"), c.notices);
  }
}
