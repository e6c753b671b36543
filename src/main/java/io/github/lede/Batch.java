package io.github.lede;

import io.github.lede.index.ArticleIndex;
import io.github.lede.index.IdLookup;
import io.github.lede.index.WriteOrder;
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
 *
 * <p>Raw articles are extracted and written on the extraction pool, so that Lucene's inverting, which costs
 * as much as extraction, runs on every core too (the index writer is thread-safe). The calling thread reads
 * the input and accounts for each article in input order: counts, update detection and listener calls all
 * happen there, as they would in a single-threaded batch.
 */
final class Batch implements java.io.Closeable {
  interface Body {
    void run(Batch batch) throws IOException;
  }

  private static final int PROGRESS_EVERY = 1000;
  /** Articles handed to the pool ahead of the accounting: enough to keep every thread busy, little memory. */
  private static final int IN_FLIGHT = 256;

  private final ArticleIndex index;
  private final IndexListener listener;
  private final ExecutorService pool;
  /** The ids in the index when the batch began, to tell updates from new articles. */
  private final IdLookup existing;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  /** Ids written in this batch: the searcher cannot see them yet, but a repeat is an update. */
  private final Set<String> written = new HashSet<>();
  private final WriteOrder order;
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private long sequence;
  private long indexed;
  private long updated;
  private long files;
  private long bytes;

  Batch(ArticleIndex index, IndexListener listener, ExecutorService pool) throws IOException {
    this.index = index;
    this.listener = listener;
    this.pool = pool;
    this.existing = index.idLookup();
    this.order = new WriteOrder(index);
  }

  /**
   * Extracts and writes one raw article on the pool; of two versions of an article in one batch the later
   * wins, whichever thread gets there first. A failure is recorded, not thrown.
   */
  void add(RawArticle raw, Function<RawArticle, Article> extract) {
    long seq = sequence++;
    pending.add(new Pending(raw, pool.submit(() -> {
      Article article = extract.apply(raw);
      order.write(article, seq);
      return article.id();
    })));
    if (pending.size() >= IN_FLIGHT) {
      accountNext();
    }
  }

  /** Waits for what is still being extracted and written; call before the batch commits. */
  void finish() {
    while (!pending.isEmpty()) {
      accountNext();
    }
  }

  /**
   * Lets go of the view of the index the batch began with. A batch that failed part way cancels what it
   * had not started and waits for what it had, so no write of it lands in the next batch.
   */
  @Override
  public void close() throws IOException {
    for (Pending p : pending) {
      p.written().cancel(false);
    }
    for (Pending p : pending) {
      try {
        p.written().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException | java.util.concurrent.CancellationException e) {
        // The batch has already failed; this article's outcome no longer matters.
      }
    }
    pending.clear();
    existing.close();
  }

  private void accountNext() {
    Pending p = pending.poll();
    String id;
    try {
      id = p.written().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedeException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      failed(e.getCause(), p.raw().origin());
      return;
    }
    written(id);
  }

  /** Why an article was not written, as the batch reports it; an index that cannot be written stops it. */
  private void failed(Throwable cause, String origin) {
    if (cause instanceof InputException ie) {
      fail(ItemFailure.of(ie));
    } else if (cause instanceof IOException io) {
      throw new UncheckedIOException("writing " + origin + " to the index failed", io);
    } else if (cause instanceof IllegalArgumentException refused) {
      // Lucene refuses some documents (a term over 32 KB, say): that article fails alone.
      fail(new ItemFailure(origin, 0, "cannot index: " + refused.getMessage()));
    } else {
      // A bug in extraction must not cost the user the rest of the batch; report it with its origin.
      fail(new ItemFailure(origin, 0, "extraction failed: " + cause));
    }
  }

  /** A raw article and its extraction and write, under way or done, which yield its id. */
  private record Pending(RawArticle raw, Future<String> written) {}

  /** Writes an article extracted elsewhere, on the calling thread. */
  void write(Article article, String origin) {
    try {
      order.write(article, sequence++);
    } catch (IOException | IllegalArgumentException e) {
      failed(e, origin);
      return;
    }
    written(article.id());
  }

  private void written(String id) {
    try {
      boolean replaces = !written.add(id) || existing.contains(id);
      indexed++;
      if (replaces) {
        updated++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("looking up article " + id + " in the index failed", e);
    }
    // A single large JSON-lines file would otherwise report nothing until it ends.
    if (indexed % PROGRESS_EVERY == 0) {
      listener.onProgress(files, indexed, bytes);
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
