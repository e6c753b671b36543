package io.github.lede;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reading and extraction without an index: turn files or strings into {@link Article}s to use elsewhere
 * (another search engine, a database, a report).
 *
 * <pre>{@code
 * Article a = Articles.extract("Kim visits Russia\n\nVOSTOCHNY, Russia (Reuters) - North Korean leader ...");
 * }</pre>
 */
public final class Articles {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  private Articles() {}

  /** Extracts an article from plain text (a headline line, a header block or scraped text all work). */
  public static Article extract(String text) {
    return extract(RawArticle.ofText(text), null);
  }

  /**
   * Extracts an article.
   *
   * @param referenceDate resolves relative dates when the article has no publication date; may be null
   * @throws InputException when nothing in it reads as article text
   */
  public static Article extract(RawArticle raw, LocalDate referenceDate) {
    return EXTRACTOR.extract(raw, referenceDate);
  }

  /**
   * Takes the raw text verbatim as the body: no cleaning and no headline, so that offsets in the result are
   * offsets into the text as given. People, quotes and dates are still extracted.
   */
  public static Article extractVerbatim(RawArticle raw, LocalDate referenceDate) {
    return EXTRACTOR.extractVerbatim(raw, referenceDate);
  }

  /**
   * Reads the articles in a file, or in every file below a directory, as they are found. Each article, and
   * each file or line that cannot be read, is handed to one of the consumers; reading never stops early.
   */
  public static void read(Path path, LedeOptions options, Consumer<RawArticle> articles,
      Consumer<ItemFailure> failures, Consumer<ItemFailure> skipped) {
    read(path, options, articles, failures, skipped, notice -> {});
  }

  /**
   * As {@link #read(Path, LedeOptions, Consumer, Consumer, Consumer)}, also handing over the notices: what is
   * worth knowing about articles read all the same (text read as windows-1252, a field left out).
   */
  public static void read(Path path, LedeOptions options, Consumer<RawArticle> articles,
      Consumer<ItemFailure> failures, Consumer<ItemFailure> skipped, Consumer<ItemFailure> notices) {
    new ArticleReader(options.maxFileBytes()).read(path, new ArticleReader.Sink() {
      @Override
      public void article(RawArticle article) {
        articles.accept(article);
      }

      @Override
      public void failed(InputException failure) {
        failures.accept(ItemFailure.of(failure));
      }

      @Override
      public void skipped(String file, String reason) {
        skipped.accept(new ItemFailure(file, 0, reason));
      }

      @Override
      public void notice(String file, int line, String message) {
        notices.accept(new ItemFailure(file, line, message));
      }
    });
  }

  /**
   * Reads a whole file as one article's text, exactly as written, for {@link #extractVerbatim}.
   *
   * @throws InputException for an empty, binary, oversized or non-UTF-8 file
   */
  public static RawArticle readVerbatim(Path file, LedeOptions options) {
    return new ArticleReader(options.maxFileBytes()).readVerbatim(file);
  }
}
