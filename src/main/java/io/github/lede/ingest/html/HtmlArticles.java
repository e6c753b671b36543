package io.github.lede.ingest.html;

import io.github.lede.InputException;
import io.github.lede.ingest.ByteOrderMark;
import io.github.lede.model.RawArticle;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page into a {@link RawArticle}: metadata from JSON-LD, meta tags and markup
 * ({@link PageMetadata}), and the article's dek, paragraphs and captions ({@link MainText}), the paragraphs
 * joined by blank lines so that extraction sees clean paragraphs. Parsing is jsoup's, which bounds the depth
 * of the tree; every walk here is iterative and linear in the page.
 */
public final class HtmlArticles {
  private HtmlArticles() {}

  /** A page as a file's bytes: the charset comes from the BOM, a meta tag, else UTF-8. */
  public static RawArticle fromBytes(byte[] bytes, String origin) {
    return fromBytes(bytes, origin, notice -> {});
  }

  /** As {@link #fromBytes(byte[], String)}, telling the consumer when the page's bytes needed the fallback. */
  public static RawArticle fromBytes(byte[] bytes, String origin, Consumer<String> notices) {
    if (isBlank(bytes)) {
      throw new InputException(origin, 0, "empty HTML page");
    }
    return readAlone(() -> parse(bytes, notices), origin);
  }

  /**
   * The page parsed as it is decoded; undeclared bytes that are not all UTF-8 are read again, each byte that
   * is not UTF-8 as windows-1252.
   */
  private static Document parse(byte[] bytes, Consumer<String> notices) {
    try {
      return Parser.htmlParser().parseInput(HtmlCharset.reader(bytes), "");
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CharacterCodingException)) {
        throw e;
      }
      notices.accept(HtmlCharset.FALLBACK_NOTICE);
      return Parser.htmlParser().parseInput(HtmlCharset.fallback(bytes), "");
    }
  }

  /** White space alone (zero bytes too: a UTF-16 or UTF-32 page), after a byte-order mark if there is one. */
  private static boolean isBlank(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    for (int i = bom == null ? 0 : bom.length(); i < bytes.length; i++) {
      byte b = bytes[i];
      if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0)) {
        return false;
      }
    }
    return true;
  }

  /** A page's text as lede decodes its bytes (BOM, then meta charset, else UTF-8); for benchmarks and tools. */
  public static String decode(byte[] bytes) {
    return HtmlCharset.decode(bytes);
  }

  /** A page already decoded (an {@code html} field of a JSON line, say). */
  public static RawArticle fromHtml(String html, String origin) {
    if (html.isBlank()) {
      throw new InputException(origin, 0, "empty HTML page");
    }
    return readAlone(() -> Parser.htmlParser().parseInput(html, ""), origin);
  }

  private static RawArticle readAlone(Supplier<Document> parse, String origin) {
    try {
      return read(parse.get(), origin);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      // One page that trips the parser or a walk must not end a batch: it fails alone, with its name.
      throw new InputException(origin, 0, "cannot read the HTML page: " + e);
    }
  }

  private static RawArticle read(Document doc, String origin) {
    // One walk gathers what the metadata readers need and the furniture the headline rules and text walk skip.
    PageScan scan = PageScan.of(doc);
    Boilerplate boilerplate = scan.boilerplate;
    PageMetadata meta = PageMetadata.of(doc, scan);
    boilerplate.markArticleHeaders(meta.h1s());
    Blocks.Page page = Blocks.of(doc.body(), boilerplate);
    MainText main = MainText.of(page, meta.headline());
    String published = meta.published() != null ? meta.published() : VisibleDates.nearStart(page);
    if (published == null) {
      published = meta.firstCommentDate();
    }
    if (main.paragraphs().isEmpty()) {
      throw new InputException(origin, 0, "HTML page has no article text (no paragraphs outside navigation and"
          + " boilerplate)");
    }
    return RawArticle.builder(String.join("\n\n", main.paragraphs()))
        .origin(origin)
        .url(meta.url())
        .source(meta.source())
        .headline(meta.headline())
        .dek(main.dek().isEmpty() ? null : String.join("\n", main.dek()))
        .published(published)
        .authors(meta.authors())
        .captions(main.captions())
        .build();
  }
}
