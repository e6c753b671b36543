package io.github.lede;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.index.ArticleIndex;
import io.github.lede.index.Schema;
import io.github.lede.ingest.ArticleReader;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.search.ArticleSearcher;
import io.github.lede.search.QuoteSearcher;
import io.github.lede.search.StoredArticles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index of news articles: index files, JSON lines or strings; search them; get and delete articles.
 *
 * <pre>{@code
 * try (Lede lede = Lede.open(Path.of("news-index"))) {
 *   lede.index(Path.of("articles/"));
 *   SearchResults results = lede.search(SearchRequest.of("munitions AND person:putin"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of concurrent searches, and one indexing batch at a time (other batches wait).
 * Each batch ends with a commit, so what it indexed survives a crash; searches see it as soon as it ends.
 */
public final class Lede implements Closeable {
  private final ArticleIndex index;
  private final LedeOptions options;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final ArticleSearcher searcher;
  private final QuoteSearcher quoteSearcher;
  private final ReentrantLock batchLock = new ReentrantLock();
  /** Extraction threads for indexing, one per core, made on the first batch. */
  private ExecutorService extraction;
  private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;
  private volatile long lastRefresh = System.nanoTime();

  private Lede(ArticleIndex index, LedeOptions options) {
    this.index = index;
    this.options = options;
    this.searcher = new ArticleSearcher(index.analyzer(), options.searchTimeout(), options.maxQueryLength());
    this.quoteSearcher = new QuoteSearcher(index.analyzer(), options.searchTimeout(), options.maxQueryLength());
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
    Directory directory;
    try {
      if (!options.readOnly()) {
        Files.createDirectories(dir);
      }
      directory = FSDirectory.open(dir);
    } catch (IOException e) {
      throw new LedeException("cannot open index directory " + dir + ": " + e.getMessage(), e);
    }
    return open(directory, dir, options);
  }

  /** An index held in memory only: for tests, demos and short-lived work. */
  public static Lede inMemory() {
    return inMemory(LedeOptions.defaults());
  }

  /** An in-memory index with the given options (read-only is ignored: an empty index must be written to). */
  public static Lede inMemory(LedeOptions options) {
    return open(new ByteBuffersDirectory(), Path.of("<memory>"), options.toBuilder().readOnly(false).build());
  }

  private static Lede open(Directory directory, Path where, LedeOptions options) {
    try {
      ArticleIndex index = options.readOnly()
          ? ArticleIndex.openReadOnly(directory, where)
          : ArticleIndex.openWritable(directory, where, options.ramBufferMb());
      return new Lede(index, options);
    } catch (RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Reads, extracts and indexes every article in the files and directories given (recursively), then
   * commits. Bad files and lines are reported in the summary; they never stop the batch.
   */
  public IndexSummary index(Path... paths) {
    return index(List.of(paths), IndexListener.NONE);
  }

  /** As {@link #index(Path...)}, reporting progress and failures to the listener as they happen. */
  public IndexSummary index(Collection<Path> paths, IndexListener listener) {
    ArticleReader reader = new ArticleReader(options.maxFileBytes());
    return batch(listener, batch -> {
      ArticleReader.Sink sink = batch.sink(this::extract);
      for (Path p : paths) {
        reader.read(p, sink);
      }
    });
  }

  /** Extracts and indexes articles handed over in memory, then commits. */
  public IndexSummary indexRaw(Iterable<RawArticle> articles, IndexListener listener) {
    return batch(listener, batch -> {
      for (RawArticle raw : articles) {
        batch.add(raw, this::extract);
      }
    });
  }

  /** Indexes articles already extracted (by lede or by the caller), then commits. */
  public IndexSummary indexArticles(Iterable<Article> articles) {
    return batch(IndexListener.NONE, batch -> {
      for (Article a : articles) {
        batch.write(a, a.id());
      }
    });
  }

  /**
   * The extraction pool: one daemon thread per core, so extraction of the next articles runs while the
   * index writer takes the last ones. Guarded by the batch lock.
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
      try (Batch batch = new Batch(index, listener, extraction())) {
        body.run(batch);
        batch.finish();
        index.commit();
        return batch.summary();
      }
    } catch (IOException e) {
      throw new LedeException("indexing failed: " + e.getMessage(), e);
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
    return withSearcher(s -> searcher.search(s, request));
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
    return withSearcher(s -> quoteSearcher.search(s, request));
  }

  /** The best ten quotes matching a query, highlighted. */
  public QuoteResults quotes(String query) {
    return quotes(QuoteRequest.of(query));
  }

  /**
   * The people mentioned most often in the articles the request matches (all articles for a blank query),
   * with the number of articles each appears in, most first.
   */
  public List<FacetCount> people(SearchRequest request, int top) {
    return withSearcher(s -> searcher.facet(s, request, Schema.PERSON, top));
  }

  /** The sources with the most articles among those the request matches. */
  public List<FacetCount> sources(SearchRequest request, int top) {
    return withSearcher(s -> searcher.facet(s, request, Schema.SOURCE_FACET, top));
  }

  /**
   * The articles the request matches, counted by publication year, month or day ("2024", "2024-06",
   * "2024-06-03"), oldest first; undated articles are left out. A timeline of a query: when was it news?
   */
  public List<FacetCount> published(SearchRequest request, DateUnit unit) {
    return withSearcher(s -> searcher.published(s, request, unit));
  }

  /** The article with this id, as indexed. */
  public Optional<Article> get(String id) {
    return withSearcher(s -> {
      TopDocs top = s.search(ArticleIndex.articleById(id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      ScoreDoc hit = top.scoreDocs[0];
      return Optional.of(StoredArticles.article(s.storedFields(), hit.doc));
    });
  }

  /** Deletes an article and its quotes, and commits; false when there was no such article. */
  public boolean delete(String id) {
    batchLock.lock();
    try {
      boolean existed = index.delete(id);
      index.commit();
      return existed;
    } catch (IOException e) {
      throw new LedeException("delete failed: " + e.getMessage(), e);
    } finally {
      batchLock.unlock();
    }
  }

  /** Counts of what the index holds. */
  public IndexStats stats() {
    return withSearcher(s -> {
      long articles = s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
      long quotes = s.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_QUOTE)));
      long bytes = 0;
      for (String file : index.directory().listAll()) {
        try {
          bytes += index.directory().fileLength(file);
        } catch (IOException | RuntimeException gone) {
          // a file merged away between listing and sizing: it no longer counts
        }
      }
      return new IndexStats(articles, quotes, s.getIndexReader().leaves().size(), bytes);
    });
  }

  /** Makes recent writes visible to searches without a commit (near-real-time). */
  public void refresh() {
    try {
      index.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The options this instance was opened with. */
  public LedeOptions options() {
    return options;
  }

  @Override
  public void close() {
    batchLock.lock();
    try {
      if (extraction != null) {
        extraction.shutdownNow();
      }
    } finally {
      batchLock.unlock();
    }
    try {
      index.close();
    } catch (IOException e) {
      throw new LedeException("closing the index failed: " + e.getMessage(), e);
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * A read-only instance picks up what the writing process commits, checking at most every
   * {@link #READ_ONLY_REFRESH_NANOS}: looking for a new commit reads the directory, too costly per search.
   */
  private void refreshReadOnly() throws IOException {
    long now = System.nanoTime();
    if (now - lastRefresh >= READ_ONLY_REFRESH_NANOS) {
      lastRefresh = now;
      index.refresh();
    }
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      if (!index.writable()) {
        refreshReadOnly();
      }
      IndexSearcher s = index.acquire();
      try {
        return work.run(s);
      } finally {
        index.release(s);
      }
    } catch (IOException e) {
      throw new LedeException("search failed: " + e.getMessage(), e);
    }
  }
}
