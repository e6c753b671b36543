package io.github.lede.store;

import io.github.lede.IndexStats;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@code Lede} keeps extracted articles and how it searches them. lede reads and extracts; a store
 * writes, searches and counts. The data crosses this seam once, as {@link Article}s going in and lede's result
 * records coming out, so nothing above it knows which store it is.
 *
 * <p>lede ships the embedded store, a Lucene index in a directory ({@code Lede.open(Path)}); the
 * {@code lede-opensearch} artifact adds a store on an OpenSearch cluster. Most users never implement this
 * interface: they pick a store by how they open their {@code Lede}.
 *
 * <p>Implementations are thread-safe: any number of searches at once, beside at most one open
 * {@link StoreBatch} ({@code Lede} never opens two). Searches take lede's query syntax and answer with the
 * same records whatever the store; a query the store cannot answer exactly is refused with a
 * {@link io.github.lede.QuerySyntaxException}, never run with another meaning.
 */
public interface ArticleStore extends Closeable {
  /** Where the articles are, in words for messages: {@code index at news-index}, {@code OpenSearch http://...}. */
  String location();

  /** True when this store only searches: {@link #batch} and {@link #delete} then fail. */
  boolean readOnly();

  /**
   * Starts writing a batch of articles. What becomes of each write is told to the listener, perhaps later and
   * from another thread; {@link StoreBatch#commit()} returns once every write so far has been told.
   */
  StoreBatch batch(WriteListener listener);

  /** Deletes an article and its quotes, durably; false when there was no such article. */
  boolean delete(String id);

  /** The article with this id, as stored. */
  Optional<Article> get(String id);

  /** Ranked, highlighted articles. */
  SearchResults search(SearchRequest request);

  /** Quotes rather than articles, each with its speaker and its article's id, headline and date. */
  QuoteResults quotes(QuoteRequest request);

  /** The people in most of the articles the request matches, most first. */
  List<FacetCount> people(SearchRequest request, int top);

  /** The sources with most of the articles the request matches, most first. */
  List<FacetCount> sources(SearchRequest request, int top);

  /** The articles the request matches, counted by publication year, month or day, oldest first. */
  List<FacetCount> published(SearchRequest request, DateUnit unit);

  /** Counts of what the store holds. */
  IndexStats stats();

  /** Makes writes so far visible to searches, without waiting for a commit (near-real-time). */
  void refresh();

  /** Releases what the store holds open; a batch still open is rolled back to its last commit. */
  @Override
  void close();
}
