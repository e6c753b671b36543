package io.github.lede.index;

import io.github.lede.IndexLockedException;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index of articles: one writer (unless read-only) and near-real-time searchers through a
 * {@link SearcherManager}. Writes replace whole blocks by article id; {@link #commit()} makes them durable.
 * Thread-safe: Lucene's writer and searcher manager are.
 */
public final class ArticleIndex implements Closeable {
  /** Searchers that stop when the calling thread's {@link SearchDeadline} passes. */
  private static final SearcherFactory SEARCHERS = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
        org.apache.lucene.index.IndexReader previous) {
      return new DeadlineSearcher(reader);
    }
  };

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;

  private ArticleIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
  }

  /**
   * Opens (creating if needed) an index for writing and searching.
   *
   * @param where the index's path, for error messages
   */
  public static ArticleIndex openWritable(Directory directory, Path where, double ramBufferMb) {
    Analyzer analyzer = Schema.analyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setSimilarity(Schema.SIMILARITY)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setCommitOnClose(true);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(where, e);
    } catch (IOException e) {
      throw new LedeException("cannot open index at " + where + " for writing: " + e.getMessage(), e);
    }
    try {
      return new ArticleIndex(directory, writer, new SearcherManager(writer, SEARCHERS), analyzer);
    } catch (IOException e) {
      closeQuietly(writer);
      throw new LedeException("cannot open index at " + where + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing index for searching only; no lock is taken, so a writer may be at work meanwhile. */
  public static ArticleIndex openReadOnly(Directory directory, Path where) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new LedeException("no index at " + where + " (index some articles first: lede index FILES --index "
            + where + ")");
      }
      return new ArticleIndex(directory, null, new SearcherManager(directory, SEARCHERS),
          Schema.analyzer());
    } catch (IOException e) {
      throw new LedeException("cannot open index at " + where + ": " + e.getMessage(), e);
    }
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public boolean writable() {
    return writer != null;
  }

  /** Adds or replaces the article's block. */
  public void write(Article article) throws IOException {
    requireWriter().updateDocuments(new Term(Schema.BLOCK, article.id()), ArticleDocuments.of(article));
  }

  /** Deletes the article's block; true when there was one to delete. */
  public boolean delete(String id) throws IOException {
    boolean existed = exists(id);
    requireWriter().deleteDocuments(new Term(Schema.BLOCK, id));
    return existed;
  }

  /** A lookup of the ids in the index as it is now, for a whole batch; close it when the batch ends. */
  public IdLookup idLookup() throws IOException {
    return new IdLookup(this);
  }

  /** True when the current searcher sees an article with this id. */
  public boolean exists(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(articleById(id)) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /** The query for one article (not its quotes) by id. */
  public static BooleanQuery articleById(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Makes every write so far durable, then lets searches see it. */
  public void commit() throws IOException {
    requireWriter().commit();
    searchers.maybeRefreshBlocking();
  }

  /** Lets searches see writes made so far (near-real-time), without making them durable. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  public Directory directory() {
    return directory;
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new LedeException("this index was opened read-only");
    }
    return writer;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) {
          writer.close();
        }
      } finally {
        directory.close();
      }
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
