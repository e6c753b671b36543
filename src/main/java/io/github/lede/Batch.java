package io.github.lede;

import io.github.lede.extract.ArticleIds;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import io.github.lede.store.ArticleStore;
import io.github.lede.store.StoreBatch;
import io.github.lede.store.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One indexing batch: extracts articles on a pool, hands them to the store in input order, collects what
 * became of each (written, updated, failed, skipped, duplicate, noted) and keeps the listener informed. An
 * article that fails extraction, or that the store refuses, is reported and the batch goes on.
 *
 * <p>An article with the same headline and text as one written earlier in the batch is a duplicate: it is not
 * written again, and the summary names the one it repeats. This costs a map entry per article of the batch
 * (its text's hash and origin, about 100 bytes).
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
  private final IndexListener listener;
  private final ExecutorService extraction;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private final List<ItemFailure> duplicates = new ArrayList<>();
  private final List<ItemFailure> notices = new ArrayList<>();
  /** The first origin of each headline-and-text hash written in this batch. Writer thread only. */
  private final Map<String, String> firstByContent = new HashMap<>();
  private long indexed;
  private long updated;
  private long files;
  /** Bytes of the files done, and of the file being read. */
  private long bytesDone;
  private long bytesInFile;

  Batch(ArticleStore store, IndexListener listener, ExecutorService extraction) {
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
    pending.add(new Pending(raw, extraction.submit(() -> Extracted.of(extract.apply(raw)))));
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
    // The last frame: what the summary will say, whatever frames the listener skipped on the way.
    synchronized (this) {
      listener.onProgress(files, indexed, bytesDone);
    }
  }

  @Override
  public void close() {
    store.close();
  }

  private void writeNext() {
    Pending p = pending.poll();
    Extracted extracted;
    try {
      extracted = p.article().get();
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
    writeOnce(extracted, p.raw().origin());
  }

  /** A raw article and its extraction, under way or done. */
  private record Pending(RawArticle raw, Future<Extracted> article) {}

  /** An article and the hash of its headline and text, computed on the extraction pool. */
  private record Extracted(Article article, String content) {
    static Extracted of(Article a) {
      return new Extracted(a, ArticleIds.of(a.headline(), a.body()));
    }
  }

  /**
   * Hands an extracted article to the store, unless it repeats one written earlier in the batch; the store's
   * outcome comes back through {@link #written} or {@link #failed}.
   */
  void write(Article article, String origin) {
    writeOnce(Extracted.of(article), origin);
  }

  private void writeOnce(Extracted e, String origin) {
    String first = firstByContent.putIfAbsent(e.content(), origin);
    if (first != null) {
      synchronized (this) {
        ItemFailure d = new ItemFailure(origin, 0, "the same headline and text as " + first
            + "; not indexed again");
        duplicates.add(d);
        listener.onDuplicate(d);
      }
      return;
    }
    store.write(e.article(), origin);
  }

  @Override
  public synchronized void written(String origin, String id, boolean replaced) {
    indexed++;
    if (replaced) {
      updated++;
    }
    // A single large JSON-lines file would otherwise report nothing until it ends.
    if (indexed % PROGRESS_EVERY == 0) {
      listener.onProgress(files, indexed, bytesDone + bytesInFile);
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
      public void notice(String file, int line, String message) {
        synchronized (Batch.this) {
          ItemFailure n = new ItemFailure(file, line, message);
          notices.add(n);
          listener.onNotice(n);
        }
      }

      @Override
      public void listed(long fileCount, long byteCount) {
        synchronized (Batch.this) {
          listener.onListed(fileCount, byteCount);
        }
      }

      @Override
      public void reading(long bytesOfFile) {
        synchronized (Batch.this) {
          bytesInFile = bytesOfFile;
          listener.onProgress(files, indexed, bytesDone + bytesInFile);
        }
      }

      @Override
      public void fileDone(long fileBytes) {
        synchronized (Batch.this) {
          files++;
          bytesDone += fileBytes;
          bytesInFile = 0;
          listener.onProgress(files, indexed, bytesDone);
        }
      }
    };
  }

  private synchronized void fail(ItemFailure f) {
    failures.add(f);
    listener.onFailure(f);
  }

  synchronized IndexSummary summary() {
    return new IndexSummary(indexed, updated, failures.size(), skips.size(), failures, skips, duplicates, notices);
  }
}
