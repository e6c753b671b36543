package io.github.lede.index;

import io.github.lede.IndexLockedException;
import io.github.lede.LedeException;
import io.github.lede.NoIndexException;
import io.github.lede.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import java.util.Map;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index of articles: one writer (unless read-only) and near-real-time searchers through a
 * {@link SearcherManager}. Writes go through a {@link Writing} session, which replaces whole blocks by article
 * id and makes them durable at {@link Writing#commit}. Thread-safe: Lucene's writer and searcher manager are.
 *
 * <p>When a write, a commit or a background merge fails (a full disk, say), Lucene's writer gives up: it rolls
 * back to the last commit and refuses every later call. The session that was writing then fails with the
 * cause, searches move to the last commit (what the index now holds), and the next session starts a new
 * writer, so one failure does not make the index unusable for the rest of the process.
 */
public final class ArticleIndex implements Closeable {
  /**
   * Searchers that stop when the calling thread's {@link SearchDeadline} passes, over readers that stop
   * expanding wildcards then too ({@link DeadlineReader}).
   */
  private static final SearcherFactory SEARCHERS = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
        org.apache.lucene.index.IndexReader previous) {
      return new DeadlineSearcher(reader);
    }
  };

  private final Directory directory;
  private final Path where;
  private final double ramBufferMb;
  private final boolean writable;
  private final Analyzer analyzer;
  /** The writer, or null when read-only or when starting a new one after a failure failed too. */
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;

  private ArticleIndex(Directory directory, Path where, double ramBufferMb, boolean writable, Analyzer analyzer) {
    this.directory = directory;
    this.where = where;
    this.ramBufferMb = ramBufferMb;
    this.writable = writable;
    this.analyzer = analyzer;
  }

  /**
   * Opens (creating if needed) an index for writing and searching.
   *
   * @param where the index's path, for error messages
   */
  public static ArticleIndex openWritable(Directory directory, Path where, double ramBufferMb) {
    ArticleIndex index = new ArticleIndex(directory, where, ramBufferMb, true, Schema.analyzer());
    try {
      index.startWriter();
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(where, e);
    } catch (IOException e) {
      throw new LedeException("cannot open index at " + where + " for writing: " + e.getMessage(), e);
    }
    return index;
  }

  /**
   * The data of the last commit (empty when nothing was committed yet) and whether that commit holds any
   * document: what a store reads at open to know which layout wrote the index.
   */
  public record LastCommit(Map<String, String> data, boolean holdsDocuments) {}

  public LastCommit lastCommit() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return new LastCommit(Map.of(), false);
      }
      org.apache.lucene.index.SegmentInfos infos = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
      return new LastCommit(Map.copyOf(infos.getUserData()), infos.totalMaxDoc() > 0);
    } catch (IOException e) {
      throw new LedeException("cannot read the last commit of the index at " + where + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing index for searching only; no lock is taken, so a writer may be at work meanwhile. */
  public static ArticleIndex openReadOnly(Directory directory, Path where) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(where, "the directory holds no index (index some articles into it first)");
      }
      ArticleIndex index = new ArticleIndex(directory, where, 0, false, Schema.analyzer());
      index.searchers = new SearcherManager(new DeadlineReader(DirectoryReader.open(directory)), SEARCHERS);
      return index;
    } catch (IOException e) {
      throw new LedeException("cannot open index at " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * A new writer over the last commit, and searchers on it. The config is made anew: Lucene takes one per
   * writer.
   */
  private synchronized void startWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setSimilarity(Schema.SIMILARITY)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setMergeScheduler(new MergesFailIntoTheWriter())
        .setCommitOnClose(true);
    IndexWriter w = new IndexWriter(directory, config);
    SearcherManager s;
    try {
      s = new SearcherManager(new DeadlineReader(DirectoryReader.open(w)), SEARCHERS);
    } catch (IOException | RuntimeException e) {
      closeQuietly(w);
      throw e;
    }
    SearcherManager old = searchers;
    searchers = s;
    writer = w;
    if (old != null) {
      // Searches holding its searcher keep it until they release it; new ones use the new manager.
      closeQuietly(old);
    }
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public boolean writable() {
    return writable;
  }

  /**
   * Starts writing: a session on the current writer, or on a new one when the last failed. Sessions do not
   * overlap (one batch or delete at a time).
   */
  public Writing startWriting() throws IOException {
    if (!writable) {
      throw new LedeException("this index was opened read-only");
    }
    synchronized (this) {
      IndexWriter w = writer;
      if (w == null || !w.isOpen()) {
        rollBack(w);
        startWriter();
      }
      return new Writing(writer);
    }
  }

  /**
   * Writes on one writer. If that writer fails, the session fails for good: a batch must not carry on over a
   * new writer that lacks what this one lost. (One exception: a writer a background merge took down before the
   * session wrote anything held nothing of it, so the session moves to a new writer.)
   */
  public final class Writing {
    private IndexWriter w;
    private boolean used;

    private Writing(IndexWriter w) {
      this.w = w;
    }

    /** Adds or replaces the article's block. */
    public void write(Article article) throws IOException {
      run(() -> w.updateDocuments(new Term(Schema.BLOCK, article.id()), ArticleDocuments.of(article)));
    }

    /** Deletes the article's block; true when there was one to delete. */
    public boolean delete(String id) throws IOException {
      boolean existed = exists(id);
      run(() -> w.deleteDocuments(new Term(Schema.BLOCK, id)));
      return existed;
    }

    /**
     * Makes every write so far durable, with this data in the commit (what the batch had written, say), then
     * lets searches see it.
     */
    public void commit(Map<String, String> userData) throws IOException {
      run(() -> {
        w.setLiveCommitData(userData.entrySet());
        w.commit();
        searchers.maybeRefreshBlocking();
        return 0L;
      });
    }

    /** Makes every write so far durable, keeping the last commit's data. */
    public void commit() throws IOException {
      run(() -> {
        w.commit();
        searchers.maybeRefreshBlocking();
        return 0L;
      });
    }

    private void run(WriterCall call) throws IOException {
      try {
        try {
          call.run();
        } catch (AlreadyClosedException e) {
          if (used) {
            throw e;
          }
          // Closed before this session wrote anything: by a merge that failed in the background. A new
          // writer loses nothing of the session (and fails on its own if the disk is still full).
          recover(w);
          if (writer == null || writer == w) {
            throw e;
          }
          w = writer;
          call.run();
        }
        used = true;
      } catch (IOException | IllegalStateException e) {
        // IllegalStateException: Lucene's AlreadyClosedException, or a commit refused after a failed merge
        used = true;
        Throwable cause = w.getTragicException() != null ? w.getTragicException() : e;
        recover(w);
        throw e instanceof IOException io && cause == e ? io
            : new IOException("the index writer stopped: " + cause.getMessage(), cause);
      }
    }
  }

  private interface WriterCall {
    long run() throws IOException;
  }

  /**
   * After a failed write: drops what the writer held since the last commit (Lucene has done so already when the
   * failure was tragic), and starts a new writer so that searches see what the index now holds. If that fails
   * too (null: it did before), the next {@link #startWriting()} tries again.
   */
  private synchronized void recover(IndexWriter failed) {
    if (writer != failed) {
      return;
    }
    rollBack(failed);
    writer = null;
    try {
      startWriter();
    } catch (IOException | RuntimeException e) {
      // searches go on from the last view until a new writer can be started
    }
  }

  /**
   * Drops what a failed writer held since the last commit and waits until it has let go of the index: a writer
   * that failed in a merge thread may still be closing there, holding the write lock.
   */
  private static void rollBack(IndexWriter failed) {
    if (failed == null) {
      return;
    }
    try {
      failed.rollback();
    } catch (IOException | RuntimeException ignored) {
      // it has failed already; rolling back only frees what it held
    }
  }

  /** A lookup of the ids in the index as it is now, for a whole batch; close it when the batch ends. */
  public IdLookup idLookup() throws IOException {
    return new IdLookup(this);
  }

  /** True when the current searcher sees an article with this id. */
  public boolean exists(String id) throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.count(articleById(id)) > 0;
    } finally {
      release(s);
    }
  }

  /** The query for one article (not its quotes) by id. */
  public static BooleanQuery articleById(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Lets searches see writes made so far (near-real-time), without making them durable. */
  public void refresh() throws IOException {
    SearcherManager s = searchers;
    try {
      s.maybeRefresh();
    } catch (AlreadyClosedException e) {
      IndexWriter w = writer;
      if (s != searchers) {
        return; // replaced after a writer failure: the new searchers are fresh
      }
      if (!writable || (w != null && w.isOpen())) {
        throw e;
      }
      // A background merge failed and took the writer down (the next write reports it), or a new writer could
      // not be started after a failure: try again, so that searches move to what the last commit holds.
      recover(w);
    }
  }

  public IndexSearcher acquire() throws IOException {
    while (true) {
      SearcherManager s = searchers;
      try {
        return s.acquire();
      } catch (AlreadyClosedException e) {
        if (s == searchers) {
          throw e;
        }
        // replaced after a writer failure: take the searcher from the new manager
      }
    }
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  public Directory directory() {
    return directory;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        IndexWriter w = writer;
        if (w != null) {
          w.close();
        }
      } finally {
        directory.close();
      }
    }
  }

  /**
   * Merges in background threads, as Lucene's default does, except that a failed merge is not thrown in its
   * thread, where it would print a stack trace to the console: the writer keeps it as the reason it stopped,
   * and the next write or commit reports it.
   */
  private static final class MergesFailIntoTheWriter extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // recorded by the writer (IndexWriter.getTragicException); see the class comment
    }
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException ignored) {
      // already failing; the first error is the one worth reporting
    }
  }
}
