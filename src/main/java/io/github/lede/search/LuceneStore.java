package io.github.lede.search;

import io.github.lede.IndexStats;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.NoIndexException;
import io.github.lede.index.ArticleIndex;
import io.github.lede.index.IdLookup;
import io.github.lede.index.Schema;
import io.github.lede.index.WriteFailures;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.schema.IndexLayout;
import io.github.lede.store.ArticleStore;
import io.github.lede.store.StoreBatch;
import io.github.lede.store.WriteListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded store: a Lucene index in a directory (or in memory), written by {@link ArticleIndex} and
 * searched by {@link ArticleSearcher} and {@link QuoteSearcher} on near-real-time point-in-time views.
 */
public final class LuceneStore implements ArticleStore {
  /** Commit data: the batch that made the commit (a random id), unchanged by later deletes. */
  public static final String BATCH = "lede.batch";
  /** Commit data: how many articles that batch had written when it committed. */
  public static final String BATCH_ARTICLES = "lede.batch.articles";
  /** Commit data: the layout the index was written with ({@link WrittenLayout}). */
  public static final String LAYOUT = WrittenLayout.KEY;
  /** A read-only store looks for the writing process's commits at most this often: a look reads the directory. */
  private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;

  private final ArticleIndex index;
  private final String location;
  /** The directory this store holds for writing in this process, released at the first close; else null. */
  private final AtomicReference<Path> writing;
  private final ArticleSearcher searcher;
  private final QuoteSearcher quoteSearcher;
  private volatile long lastRefresh = System.nanoTime();
  private volatile boolean closed;
  private final WrittenLayout layout;

  private LuceneStore(ArticleIndex index, String location, LedeOptions options, Path writing) {
    this.index = index;
    this.location = location;
    this.writing = new AtomicReference<>(writing);
    this.searcher = new ArticleSearcher(index.analyzer(), options.searchTimeout(), options.maxQueryLength());
    this.quoteSearcher = new QuoteSearcher(index.analyzer(), options.searchTimeout(), options.maxQueryLength());
    this.layout = WrittenLayout.of(index.lastCommit(), location);
  }

  /**
   * Opens the index in a directory. Read-write creates it when missing and takes the write lock; read-only
   * creates nothing (Lucene's own directory would make a missing folder), so a mistyped path is a
   * {@link NoIndexException}, not a new empty folder.
   */
  public static LuceneStore open(Path dir, LedeOptions options) {
    if (options.readOnly() && !Files.isDirectory(dir)) {
      throw new NoIndexException(dir, Files.exists(dir) ? "it is a file, not a directory" : "no such directory");
    }
    Directory directory;
    Path writing = null;
    try {
      if (!options.readOnly()) {
        Files.createDirectories(dir);
        writing = WritersInThisProcess.claim(dir);
      }
      directory = FSDirectory.open(dir);
    } catch (IOException e) {
      WritersInThisProcess.release(writing);
      throw new LedeException("cannot open index directory " + dir + ": " + e.getMessage(), e);
    }
    try {
      return open(directory, dir, "index at " + dir, options, writing);
    } catch (RuntimeException e) {
      WritersInThisProcess.release(writing);
      throw e;
    }
  }

  /**
   * An index in a Lucene directory made by the caller (tests use one that fails writes past a quota).
   *
   * @param where its path, for messages
   */
  public static LuceneStore open(Directory directory, Path where, LedeOptions options) {
    return open(directory, where, "index at " + where, options, null);
  }

  /** An empty index held in memory (read-only is ignored: it must be written to). */
  public static LuceneStore inMemory(LedeOptions options) {
    return open(new ByteBuffersDirectory(), Path.of("<memory>"), "index in memory",
        options.toBuilder().readOnly(false).build(), null);
  }

  private static LuceneStore open(
      Directory directory, Path where, String location, LedeOptions options, Path writing) {
    try {
      ArticleIndex index = options.readOnly()
          ? ArticleIndex.openReadOnly(directory, where)
          : ArticleIndex.openWritable(directory, where, options.ramBufferMb());
      return new LuceneStore(index, location, options, writing);
    } catch (RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public boolean readOnly() {
    return !index.writable();
  }

  @Override
  public StoreBatch batch(WriteListener listener) {
    requireOpen();
    // Articles of two layouts in one index would answer the newer features for some of them only.
    layout.require("writing more articles to it");
    try {
      return new Batch(listener);
    } catch (IOException e) {
      throw WriteFailures.of("starting to write to the " + location, "the " + location, e);
    }
  }

  /**
   * Writes in the calling thread; tells new articles from updates against the view the batch began with. Each
   * commit records the batch and how many articles it had written in the commit's data ({@link #BATCH},
   * {@link #BATCH_ARTICLES}), so what an index holds after a crash can be checked against it.
   */
  private final class Batch implements StoreBatch {
    private final WriteListener listener;
    private final ArticleIndex.Writing writing;
    private final IdLookup existing;
    /** Ids written in this batch: the batch's view cannot see them, but a repeat is an update. */
    private final Set<String> written = new HashSet<>();
    private final String id = UUID.randomUUID().toString();
    private long articles;

    Batch(WriteListener listener) throws IOException {
      this.listener = listener;
      this.writing = index.startWriting();
      this.existing = index.idLookup();
    }

    @Override
    public void write(Article article, String origin) {
      try {
        boolean replaces = !written.add(article.id()) || existing.contains(article.id());
        writing.write(article);
        articles++;
        listener.written(origin, article.id(), replaces);
      } catch (IOException e) {
        throw WriteFailures.of("writing " + origin + " to the " + location, "the " + location, e);
      } catch (IllegalArgumentException e) {
        // Lucene refuses some documents (a term over 32 KB, say): that article fails alone.
        listener.failed(origin, article.id(), "cannot index: " + e.getMessage());
      }
    }

    @Override
    public void commit() {
      try {
        writing.commit(Map.of(BATCH, id, BATCH_ARTICLES, Long.toString(articles), LAYOUT, IndexLayout.version()));
      } catch (IOException e) {
        throw WriteFailures.of("committing to the " + location, "the " + location, e);
      }
    }

    @Override
    public void close() {
      try {
        existing.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public boolean delete(String id) {
    requireOpen();
    try {
      ArticleIndex.Writing writing = index.startWriting();
      boolean existed = writing.delete(id);
      writing.commit();
      return existed;
    } catch (IOException e) {
      throw WriteFailures.of("deleting " + id + " from the " + location, "the " + location, e);
    } catch (AlreadyClosedException e) {
      throw closed(e);
    }
  }

  @Override
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

  @Override
  public SearchResults search(SearchRequest request) {
    if (request.collapse()) {
      layout.require("folding near duplicates");
    }
    return withQuery(request.query(), s -> searcher.search(s, request));
  }

  @Override
  public Optional<SearchResults> related(String id, RelatedRequest request) {
    layout.require("finding related stories");
    return withSearcher(s -> {
      TopDocs top = s.search(ArticleIndex.articleById(id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(searcher.related(s, StoredArticles.like(s.storedFields(), top.scoreDocs[0].doc), request));
    });
  }

  @Override
  public QuoteResults quotes(QuoteRequest request) {
    return withQuery(request.query(), s -> quoteSearcher.search(s, request));
  }

  @Override
  public List<FacetCount> people(SearchRequest request, int top) {
    return withQuery(request.query(), s -> searcher.facet(s, request, Schema.PERSON, top, "counting people"));
  }

  @Override
  public List<FacetCount> sources(SearchRequest request, int top) {
    return withQuery(request.query(), s -> searcher.facet(s, request, Schema.SOURCE_FACET, top, "counting sources"));
  }

  @Override
  public List<FacetCount> published(SearchRequest request, DateUnit unit) {
    return withQuery(request.query(), s -> searcher.published(s, request, unit));
  }

  @Override
  public List<FacetCount> mentioned(SearchRequest request, DateUnit unit) {
    layout.require("counting the dates articles talk about");
    return withQuery(request.query(), s -> searcher.mentioned(s, request, unit));
  }

  @Override
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

  @Override
  public void refresh() {
    requireOpen();
    try {
      index.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (AlreadyClosedException e) {
      throw closed(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      index.close();
    } catch (IOException e) {
      throw new LedeException("closing the " + location + " failed: " + e.getMessage(), e);
    } finally {
      WritersInThisProcess.release(writing.getAndSet(null));
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    return withQuery(null, work);
  }

  /**
   * Runs work on a point-in-time searcher: every read of the store comes through here, so this is where
   * Lucene's failures become lede's. A query too large or complex for Lucene becomes a
   * {@link io.github.lede.QuerySyntaxException} that shows {@code query} ({@link QueryLimits}); a store
   * closed under the work, a {@link LedeException} that says so.
   */
  private <T> T withQuery(String query, SearcherWork<T> work) {
    requireOpen();
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
    } catch (AlreadyClosedException e) {
      throw closed(e);
    } catch (RuntimeException e) {
      io.github.lede.QuerySyntaxException limit = query == null ? null : QueryLimits.translate(query, e);
      throw limit != null ? limit : e;
    }
  }

  private void requireOpen() {
    if (closed) {
      throw closed(null);
    }
  }

  private LedeException closed(AlreadyClosedException cause) {
    return new LedeException("the " + location + " is closed", cause);
  }

  /** A read-only store picks up what the writing process commits, checking at most once a second. */
  private void refreshReadOnly() throws IOException {
    long now = System.nanoTime();
    if (now - lastRefresh >= READ_ONLY_REFRESH_NANOS) {
      lastRefresh = now;
      index.refresh();
    }
  }
}
