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
 * <p>An article with the same id, headline and text as the last version of that id written in this batch is a
 * duplicate: there is nothing to write, and the summary names the one it repeats rather than counting an
 * update. The same headline and text under another id is written (its id is its own item: another file,
 * another URL), with a notice naming the first. This costs two map entries per article of the batch (hashes,
 * ids and origins: about 200 bytes).
 *
 * <p>A long batch commits as it goes (every {@link LedeOptions#commitEvery()} articles or
 * {@link LedeOptions#commitInterval()}), so a crash costs at most the work since the last commit; the listener
 * hears each commit, and may ask the batch to stop, which ends it with a commit at the next article.
 *
 * <p>A store may tell the outcome of a write later and from its own threads (a cluster answers a bulk request
 * as a whole), so the counts are kept under this object's lock, and listener calls are made under it too: a
 * listener hears one call at a time.
 */
final class Batch implements AutoCloseable, WriteListener {
  interface Body {
    void run(Batch batch) throws IOException;
  }

  /** Thrown through the reader when the listener asks the batch to stop; caught by {@link Lede}. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stop requested", null, false, false);
    }
  }

  private static final int PROGRESS_EVERY = 1000;
  /** Articles extracted ahead of the writer: enough to keep every extraction thread busy, little memory. */
  private static final int IN_FLIGHT = 256;

  private final StoreBatch store;
  /** The store makes each write durable when it tells of it, not only at a commit (a cluster's translog). */
  private final boolean durableWhenWritten;
  private final SurnameLinks links;
  private final IndexListener listener;
  private final ExecutorService extraction;
  private final long commitEvery;
  private final long commitIntervalNanos;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<ItemFailure> skips = new ArrayList<>();
  private final List<ItemFailure> duplicates = new ArrayList<>();
  private final List<ItemFailure> notices = new ArrayList<>();
  /** The last version written of each id in this batch. Writer thread only. */
  private final Map<String, Written> lastById = new HashMap<>();
  /** The first article written with each headline-and-text hash in this batch. Writer thread only. */
  private final Map<String, Written> firstByContent = new HashMap<>();
  private long indexed;
  private long updated;
  private long durable;
  private long files;
  /** Bytes of the files done, and of the file being read. */
  private long bytesDone;
  private long bytesInFile;
  private boolean stopped;
  /** Articles handed to the store since the last commit, and when that was: the writing thread's own. */
  private long sinceCommit;
  private long lastCommit = System.nanoTime();

  Batch(ArticleStore store, SurnameLinks links, IndexListener listener, ExecutorService extraction,
      LedeOptions options) {
    this.links = links;
    this.listener = listener;
    this.extraction = extraction;
    this.commitEvery = options.commitEvery();
    this.commitIntervalNanos = options.commitInterval().toNanos();
    this.store = store.batch(this);
    this.durableWhenWritten = this.store.durableWhenWritten();
  }

  /**
   * Extracts one raw article (on the extraction pool, while earlier ones are written) and writes it in input
   * order, so that of two versions of an article in one batch the later wins. A failure is recorded, not
   * thrown.
   */
  void add(RawArticle raw, Function<RawArticle, Article> extract) {
    stopIfAsked();
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
    commit();
    // The last frame: what the summary will say, whatever frames the listener skipped on the way.
    synchronized (this) {
      listener.onProgress(files, indexed, bytesDone);
    }
  }

  /** Writes an article already extracted. */
  void add(Article article) {
    stopIfAsked();
    write(article, article.id());
  }

  /**
   * Ends the batch at the article it has reached: no more are read; those already being extracted (a few
   * hundred at most, a moment's work) are written by {@link #finish}, which commits.
   */
  void stopHere() {
    stopped = true;
  }

  /** After a failure: nothing more is written; what is still being extracted is dropped. */
  void abandon() {
    for (Pending p : pending) {
      p.article().cancel(false);
    }
    pending.clear();
  }

  @Override
  public void close() {
    store.close();
  }

  private void stopIfAsked() {
    if (listener.stopRequested()) {
      throw new Stopped();
    }
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

  /** Where an article written in this batch came from, its id and the hash of its headline and text. */
  private record Written(String origin, String id, String content) {}

  /**
   * Hands an extracted article to the store, unless it repeats the last version of its id in this batch; the
   * store's outcome comes back through {@link #written} or {@link #failed}. Commits when one is due.
   */
  private void write(Article article, String origin) {
    writeOnce(Extracted.of(article), origin);
  }

  private void writeOnce(Extracted e, String origin) {
    String id = e.article().id();
    Written now = new Written(origin, id, e.content());
    Written before = lastById.get(id);
    if (before != null && before.content().equals(e.content())) {
      report(duplicates, new ItemFailure(origin, 0, "the same article as " + before.origin() + " (id " + id
          + ", the same headline and text); not indexed again"), listener::onDuplicate);
      return;
    }
    lastById.put(id, now);
    Written first = firstByContent.putIfAbsent(e.content(), now);
    if (first != null && !first.id().equals(id)) {
      report(notices, new ItemFailure(origin, 0, "the same headline and text as " + first.origin() + " (id "
          + first.id() + "); indexed under its own id, " + id), listener::onNotice);
    }
    // Surnames link in input order, as SurnameLinks needs; a repeat skipped above has nothing to add.
    store.write(links.link(e.article()), origin);
    sinceCommit++;
    if ((commitEvery > 0 && sinceCommit >= commitEvery)
        || (commitIntervalNanos > 0 && System.nanoTime() - lastCommit >= commitIntervalNanos)) {
      commit();
    }
  }

  /** Makes every write so far durable and tells the listener how many articles that is. */
  private void commit() {
    store.commit();
    sinceCommit = 0;
    lastCommit = System.nanoTime();
    synchronized (this) {
      // The store has told every write by now, so what it counted as written is what the commit holds.
      durable = indexed;
      listener.onCommit(durable);
    }
  }

  private synchronized void report(List<ItemFailure> list, ItemFailure item,
      java.util.function.Consumer<ItemFailure> tell) {
    list.add(item);
    tell.accept(item);
  }

  @Override
  public synchronized void written(String origin, String id, boolean replaced) {
    indexed++;
    if (replaced) {
      updated++;
    }
    if (durableWhenWritten) {
      durable = indexed;
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
        report(notices, new ItemFailure(file, line, message), listener::onNotice);
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
    return new IndexSummary(indexed, updated, failures.size(), skips.size(), durable, stopped, failures, skips,
        duplicates, notices);
  }
}
