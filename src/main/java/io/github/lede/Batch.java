package io.github.lede;

import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import io.github.lede.store.ArticleStore;
import io.github.lede.store.StoreBatch;
import io.github.lede.store.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One indexing batch: extracts articles on a pool, hands them to the store in input order, collects what
 * became of each (written, updated, failed, skipped) and keeps the listener informed. An article that fails
 * extraction, or that the store refuses, is reported and the batch goes on.
 *
 * <p>A store may tell the outcome of a write later and from its own threads (a cluster answers a bulk request
 * as a whole), so the counts are kept under this object's lock, and listener calls are made under it too: a
 * listener hears one call at a time.
 */
final class Batch implements AutoCloseable, WriteListener {
  interface Body {
    void run(Batch batch) throws IOException;
  }

  private static final int PROGRESS_EVERY = 1000;
  /** Articles extracted ahead of the writer: enough to keep every extraction thread busy, little memory. */
  private static final int IN_FLIGHT = 256;

  private final StoreBatch store;
  private final SurnameLinks links;
  private final IndexListener listener;
  private final ExecutorService extraction;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private long indexed;
  private long updated;
  private long files;
  private long bytes;

  Batch(ArticleStore store, SurnameLinks links, IndexListener listener, ExecutorService extraction) {
    this.links = links;
    this.listener = listener;
    this.extraction = extraction;
    this.store = store.batch(this);
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

  /** Writes what is still being extracted, then commits: every write is then durable and searchable. */
  void finish() {
    while (!pending.isEmpty()) {
      writeNext();
    }
    store.commit();
  }

  @Override
  public void close() {
    store.close();
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

  /**
   * Links its surnames (in input order, as {@link SurnameLinks} needs) and hands an extracted article to the
   * store; its outcome comes back through {@link #written} or {@link #failed}.
   */
  void write(Article article, String origin) {
    store.write(links.link(article), origin);
  }

  @Override
  public synchronized void written(String origin, String id, boolean replaced) {
    indexed++;
    if (replaced) {
      updated++;
    }
    // A single large JSON-lines file would otherwise report nothing until it ends.
    if (indexed % PROGRESS_EVERY == 0) {
      listener.onProgress(files, indexed, bytes);
    }
  }

  @Override
  public void failed(String origin, String id, String reason) {
    fail(new ItemFailure(origin, 0, reason));
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
        synchronized (Batch.this) {
          ItemFailure s = new ItemFailure(file, 0, reason);
          skips.add(s);
          listener.onSkipped(s);
        }
      }

      @Override
      public void fileDone(long fileBytes) {
        synchronized (Batch.this) {
          files++;
          bytes += fileBytes;
          listener.onProgress(files, indexed, bytes);
        }
      }
    };
  }

  private synchronized void fail(ItemFailure f) {
    failures.add(f);
    listener.onFailure(f);
  }

  synchronized IndexSummary summary() {
    return new IndexSummary(indexed, updated, failures.size(), skips.size(), failures, skips);
  }
}
