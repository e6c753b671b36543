package io.github.lede;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.search.LuceneStore;
import io.github.lede.store.ArticleStore;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * News articles, extracted and searchable: index files, JSON lines or strings; search them; get and delete
 * articles.
 *
 * <pre>{@code
 * try (Lede lede = Lede.open(Path.of("news-index"))) {
 *   lede.index(Path.of("articles/"));
 *   SearchResults results = lede.search(SearchRequest.of("munitions AND person:putin"));
 * }
 * }</pre>
 *
 * <p>Where the articles are kept is chosen when a {@code Lede} is opened: an index in a directory
 * ({@link #open(Path)}), in memory ({@link #inMemory()}), or any {@link ArticleStore}, such as an OpenSearch
 * cluster through the {@code lede-opensearch} artifact ({@link #open(ArticleStore, LedeOptions)}). Everything
 * else is the same: lede reads and extracts, the store writes and searches.
 *
 * <p>Thread-safe: any number of concurrent searches, and one indexing batch at a time (other batches wait).
 * Each batch ends with a commit, so what it indexed survives a crash; searches see it as soon as it ends. A
 * long batch also commits as it goes ({@link LedeOptions#commitEvery()}, {@link LedeOptions#commitInterval()}),
 * and its listener can stop it cleanly ({@link IndexListener#stopRequested()}). When the store fails (a full
 * disk), the batch throws {@link IndexingFailedException}, whose summary says how much of it was committed;
 * the index stays as its last commit left it, and the {@code Lede} stays usable.
 */
public final class Lede implements Closeable {
  private final ArticleStore store;
  private final LedeOptions options;
  private final ArticleExtractor extractor = new ArticleExtractor();
  /** Surnames linked to the full names the index knows; guarded by the batch lock. */
  private final SurnameLinks links = new SurnameLinks();
  private final ReentrantLock batchLock = new ReentrantLock();
  /** Extraction threads for indexing, one per core, made on the first batch. */
  private ExecutorService extraction;
  /** Set by {@link #close()}: from then on every method that needs the store says so instead of failing deep down. */
  private volatile boolean closed;

  private Lede(ArticleStore store, LedeOptions options) {
    this.store = store;
    this.options = options;
  }

  /** Opens the index in a directory for reading and writing, creating it if needed. */
  public static Lede open(Path dir) {
    return open(dir, LedeOptions.defaults());
  }

  /**
   * Opens the index in a directory with the given options. Read-write (the default) takes the index's write
   * lock and fails with {@link IndexLockedException} while another process holds it; read-only does not.
   */
  public static Lede open(Path dir, LedeOptions options) {
    return new Lede(LuceneStore.open(dir, options), options);
  }

  /** An index held in memory only: for tests, demos and short-lived work. */
  public static Lede inMemory() {
    return inMemory(LedeOptions.defaults());
  }

  /** An in-memory index with the given options (read-only is ignored: an empty index must be written to). */
  public static Lede inMemory(LedeOptions options) {
    return new Lede(LuceneStore.inMemory(options), options);
  }

  /**
   * lede over a store of another kind, such as an OpenSearch cluster. The {@code Lede} owns the store from
   * here on and closes it with itself. Of the options, those on reading, extraction and how often a batch
   * commits apply here; those on the index (buffer, timeouts, read-only) are the store's own business, set when
   * it was made.
   */
  public static Lede open(ArticleStore store, LedeOptions options) {
    return new Lede(Objects.requireNonNull(store, "store"), Objects.requireNonNull(options, "options"));
  }

  /** Where the articles are, in words: {@code index at news-index}, {@code OpenSearch http://...}. */
  public String location() {
    return store.location();
  }

  /**
   * Reads, extracts and indexes every article in the files and directories given (recursively, following
   * symbolic links), then commits. Bad files and lines are reported in the summary; they never stop the batch.
   * An article keeps its id across edits: its source's id, else its URL, else, for a file of one article, its
   * path below the folder given (with that folder's name: {@code news/2024/a.txt}); so indexing an edited file
   * again updates its article.
   *
   * @throws IndexingFailedException when the store fails (its cause is a {@link DiskFullException} when the
   *     disk is full); its summary tells how many articles were committed before
   */
  public IndexSummary index(Path... paths) {
    return index(List.of(paths), IndexListener.NONE);
  }

  /** As {@link #index(Path...)}, reporting progress and failures to the listener as they happen. */
  public IndexSummary index(Collection<Path> paths, IndexListener listener) {
    requireOpen();
    ArticleReader reader = new ArticleReader(options.maxFileBytes());
    return batch(listener, batch -> reader.read(paths, batch.sink(this::extract)));
  }

  /**
   * Extracts and indexes articles handed over in memory, then commits; fails as {@link #index(Path...)}
   * does.
   */
  public IndexSummary indexRaw(Iterable<RawArticle> articles, IndexListener listener) {
    requireOpen();
    return batch(listener, batch -> {
      for (RawArticle raw : articles) {
        batch.add(raw, this::extract);
      }
    });
  }

  /**
   * Indexes articles already extracted (by lede or by the caller), then commits; fails as
   * {@link #index(Path...)} does.
   */
  public IndexSummary indexArticles(Iterable<Article> articles) {
    requireOpen();
    return batch(IndexListener.NONE, batch -> {
      for (Article a : articles) {
        batch.add(a);
      }
    });
  }

  /**
   * The extraction pool: one daemon thread per core, so extraction of the next articles runs while the
   * store takes the last ones. Guarded by the batch lock.
   */
  private ExecutorService extraction() {
    if (extraction == null) {
      AtomicInteger n = new AtomicInteger();
      extraction = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "lede-extract-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
    return extraction;
  }

  private IndexSummary batch(IndexListener listener, Batch.Body body) {
    batchLock.lock();
    try {
      // Surnames link to the people the store already knows well (see SurnameLinks): read them once a batch.
      links.load(store);
      try (Batch batch = new Batch(store, links, listener, extraction(), options)) {
        try {
          try {
            body.run(batch);
          } catch (Batch.Stopped stop) {
            batch.stopHere();
          }
          batch.finish();
          return batch.summary();
        } catch (java.io.IOException | RuntimeException e) {
          // The store failed (or reading a directory did): nothing more can be written, and the caller needs
          // to know how much of the batch its last commit kept.
          batch.abandon();
          String why = e.getMessage() != null ? e.getMessage() : e.toString();
          throw new IndexingFailedException("indexing stopped: " + why, e, batch.summary());
        }
      }
    } finally {
      batchLock.unlock();
    }
  }

  /** Extracts one article as lede would index it, without indexing it. */
  public Article extract(RawArticle raw) {
    return extractor.extract(raw, options.referenceDate());
  }

  /** Runs a search. Throws {@link QuerySyntaxException} for a malformed query. */
  public SearchResults search(SearchRequest request) {
    requireOpen();
    return store.search(request);
  }

  /** Runs a query with the default request settings: best ten, highlighted. */
  public SearchResults search(String query) {
    return search(SearchRequest.of(query));
  }

  /**
   * Searches quotes rather than articles: each hit is one quote with its speaker, highlighted, and its
   * article's id, headline and date. Throws {@link QuerySyntaxException} for a malformed query.
   */
  public QuoteResults quotes(QuoteRequest request) {
    requireOpen();
    return store.quotes(request);
  }

  /** The best ten quotes matching a query, highlighted. */
  public QuoteResults quotes(String query) {
    return quotes(QuoteRequest.of(query));
  }

  /**
   * The people mentioned most often in the articles the request matches (all articles for a blank query),
   * with the number of articles each appears in, most first.
   *
   * @throws SearchTimeoutException when counting reached {@link LedeOptions#searchTimeout()} (a count is never
   *     returned partial)
   */
  public List<FacetCount> people(SearchRequest request, int top) {
    requireOpen();
    return store.people(request, top);
  }

  /**
   * The sources with the most articles among those the request matches.
   *
   * @throws SearchTimeoutException when counting reached {@link LedeOptions#searchTimeout()}
   */
  public List<FacetCount> sources(SearchRequest request, int top) {
    requireOpen();
    return store.sources(request, top);
  }

  /**
   * The articles the request matches, counted by publication year, month or day ("2024", "2024-06",
   * "2024-06-03"), oldest first; undated articles are left out. A timeline of a query: when was it news?
   *
   * @throws SearchTimeoutException when counting reached {@link LedeOptions#searchTimeout()}
   */
  public List<FacetCount> published(SearchRequest request, DateUnit unit) {
    requireOpen();
    return store.published(request, unit);
  }

  /** The article with this id, as indexed. */
  public Optional<Article> get(String id) {
    requireOpen();
    return store.get(id);
  }

  /**
   * Deletes an article and its quotes, and commits; false when there was no such article. Throws
   * {@link DiskFullException} when the disk is full (the index keeps its last commit).
   */
  public boolean delete(String id) {
    requireOpen();
    batchLock.lock();
    try {
      return store.delete(id);
    } finally {
      batchLock.unlock();
    }
  }

  /** Counts of what the index holds. */
  public IndexStats stats() {
    requireOpen();
    return store.stats();
  }

  /** Makes recent writes visible to searches without a commit (near-real-time). */
  public void refresh() {
    requireOpen();
    store.refresh();
  }

  /** The options this instance was opened with. */
  public LedeOptions options() {
    return options;
  }

  /**
   * Closes the store and stops the extraction threads. Closing twice is harmless; any other use of a closed
   * {@code Lede} fails with a {@link LedeException} saying it is closed.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    batchLock.lock();
    try {
      if (extraction != null) {
        extraction.shutdownNow();
      }
    } finally {
      batchLock.unlock();
    }
    store.close();
  }

  private void requireOpen() {
    if (closed) {
      throw new LedeException("this Lede is closed (" + store.location() + ")");
    }
  }
}
