package io.github.lede;

import io.github.lede.index.ArticleIndex;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One indexing batch: writes articles, tells new ones from updates, collects failures and skips, and keeps
 * the listener informed. An article that fails extraction is reported and the batch goes on.
 */
final class Batch {
  interface Body {
    void run(Batch batch) throws IOException;
  }

  private static final int PROGRESS_EVERY = 1000;

  private final ArticleIndex index;
  private final IndexListener listener;
  /** Ids written in this batch: the searcher cannot see them yet, but a repeat is an update. */
  private final Set<String> written = new HashSet<>();
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private long indexed;
  private long updated;
  private long files;
  private long bytes;

  Batch(ArticleIndex index, IndexListener listener) {
    this.index = index;
    this.listener = listener;
  }

  /** Extracts and writes one raw article; a failure is recorded, not thrown. */
  void add(RawArticle raw, Function<RawArticle, Article> extract) {
    Article article;
    try {
      article = extract.apply(raw);
    } catch (InputException e) {
      fail(ItemFailure.of(e));
      return;
    } catch (RuntimeException e) {
      // A bug in extraction must not cost the user the rest of the batch; report it with its origin.
      fail(new ItemFailure(raw.origin(), 0, "extraction failed: " + e));
      return;
    }
    write(article, raw.origin());
  }

  void write(Article article, String origin) {
    try {
      boolean replaces = !written.add(article.id()) || index.exists(article.id());
      index.write(article);
      indexed++;
      if (replaces) {
        updated++;
      }
      // A single large JSON-lines file would otherwise report nothing until it ends.
      if (indexed % PROGRESS_EVERY == 0) {
        listener.onProgress(files, indexed, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + origin + " to the index failed", e);
    } catch (IllegalArgumentException e) {
      // Lucene refuses some documents (a term over 32 KB, say): that article fails alone.
      fail(new ItemFailure(origin, 0, "cannot index: " + e.getMessage()));
    }
  }

  /** A reader sink that extracts and writes what it receives. */
  ArticleReader.Sink sink(Function<RawArticle, Article> extract) {
    return new ArticleReader.Sink() {
      @Override
      public void article(RawArticle article) {
        add(article, extract);
      }

      @Override
      public void failed(InputException failure) {
        fail(ItemFailure.of(failure));
      }

      @Override
      public void skipped(String file, String reason) {
        ItemFailure s = new ItemFailure(file, 0, reason);
        skips.add(s);
        listener.onSkipped(s);
      }

      @Override
      public void fileDone(long fileBytes) {
        files++;
        bytes += fileBytes;
        listener.onProgress(files, indexed, bytes);
      }
    };
  }

  private void fail(ItemFailure f) {
    failures.add(f);
    listener.onFailure(f);
  }

  IndexSummary summary() {
    return new IndexSummary(indexed, updated, failures.size(), skips.size(), failures, skips);
  }
}
