package io.github.lede;

import io.github.lede.index.ArticleIndex;
import io.github.lede.index.IdLookup;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One indexing batch: writes articles, tells new ones from updates, collects failures and skips, and keeps
 * the listener informed. An article that fails extraction is reported and the batch goes on.
 */
final class Batch implements java.io.Closeable {
  interface Body {
    void run(Batch batch) throws IOException;
  }

  private static final int PROGRESS_EVERY = 1000;
  /** Articles extracted ahead of the writer: enough to keep every extraction thread busy, little memory. */
  private static final int IN_FLIGHT = 256;

  private final ArticleIndex index;
  private final IndexListener listener;
  private final ExecutorService extraction;
  /** The ids in the index when the batch began, to tell updates from new articles. */
  private final IdLookup existing;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  /** Ids written in this batch: the searcher cannot see them yet, but a repeat is an update. */
  private final Set<String> written = new HashSet<>();
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private long indexed;
  private long updated;
  private long files;
  private long bytes;

  Batch(ArticleIndex index, IndexListener listener, ExecutorService extraction) throws IOException {
    this.index = index;
    this.listener = listener;
    this.extraction = extraction;
    this.existing = index.idLookup();
  }

  /**
   * Extracts one raw article (on the extraction pool, while earlier ones are written) and writes it in input
   * order, so that of two versions of an article in one batch the later wins. A failure is recorded, not
   * thrown.
   */
  void add(RawArticle raw, Function<RawArticle, Article> extract) {
    pending.add(new Pending(raw, extraction.submit(() -> extract.apply(raw))));
    if (pending.size() >= IN_FLIGHT) {
      writeNext();
    }
  }

  /** Writes what is still being extracted; call before the batch commits. */
  void finish() {
    while (!pending.isEmpty()) {
      writeNext();
    }
  }

  /** Lets go of the view of the index the batch began with. */
  @Override
  public void close() throws IOException {
    existing.close();
  }

  private void writeNext() {
    Pending p = pending.poll();
    Article article;
    try {
      article = p.article().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedeException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputException ie) {
        fail(ItemFailure.of(ie));
      } else {
        // A bug in extraction must not cost the user the rest of the batch; report it with its origin.
        fail(new ItemFailure(p.raw().origin(), 0, "extraction failed: " + cause));
      }
      return;
    }
    write(article, p.raw().origin());
  }

  /** A raw article and its extraction, under way or done. */
  private record Pending(RawArticle raw, Future<Article> article) {}

  void write(Article article, String origin) {
    try {
      boolean replaces = !written.add(article.id()) || existing.contains(article.id());
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
