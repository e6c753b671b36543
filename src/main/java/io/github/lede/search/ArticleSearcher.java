package io.github.lede.search;

import io.github.lede.SearchTimeoutException;
import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.Highlight;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a {@link SearchRequest} on a point-in-time reader: parse, filter, collect the top hits (by score, or
 * by publication date with undated articles last), then read stored fields and highlights for that page only.
 * Counting stops at {@link #COUNT_THRESHOLD} matches unless the request asks for an exact total, which lets
 * Lucene skip non-competitive documents.
 */
public final class ArticleSearcher {
  /** Matches counted exactly before the total becomes a lower bound (Lucene's own default). */
  public static final int COUNT_THRESHOLD = 1000;

  private final Analyzer analyzer;
  private final Duration timeout;
  private final ParsedQueries parsed;

  public ArticleSearcher(Analyzer analyzer, Duration timeout, int maxQueryLength) {
    this.analyzer = analyzer;
    this.timeout = timeout;
    this.parsed = new ParsedQueries(q -> Queries.parse(q, analyzer, maxQueryLength));
  }

  /** The complete Lucene query lede runs for a request: what benchmarks hand to a bare IndexSearcher. */
  public Query query(SearchRequest request) {
    return Queries.build(parsed.get(request.query()), request);
  }

  /**
   * Runs a search within the time limit, which bounds all of it: parsing, collecting, reading stored fields,
   * highlighting and finding matched quotes. Past the deadline each step hands on what it has, and the
   * results say so ({@link SearchResults#timedOut()}).
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    SearchDeadline.start(timeout);
    try {
      Query scoring = parsed.get(request.query());
      return search(searcher, request, scoring, Queries.build(scoring, request));
    } finally {
      SearchDeadline.stop();
    }
  }

  private SearchResults search(IndexSearcher searcher, SearchRequest request, Query scoring, Query query)
      throws IOException {
    ScoreDoc after = request.after() == null ? null : Cursor.decode(request);
    int threshold = request.exactTotal() ? Integer.MAX_VALUE : COUNT_THRESHOLD;
    // One hit more than the page tells whether there is a next page.
    int want = request.size() + 1;
    TopDocs top;
    try {
      top = request.sort() == SortOrder.RELEVANCE
          ? searcher.search(query, new TopScoreDocCollectorManager(want, after, threshold))
          : searcher.search(query, new TopFieldCollectorManager(dateSort(request.sort()), want,
              (FieldDoc) after, threshold));
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // Out of time while the query's wildcards expanded, before any document was scored.
      return new SearchResults(0, true, List.of(), null, true);
    }
    boolean more = top.scoreDocs.length > request.size();
    ScoreDoc[] page = more ? java.util.Arrays.copyOf(top.scoreDocs, request.size()) : top.scoreDocs;
    List<SearchHit> hits = hits(searcher, request, scoring, query, page);
    boolean timedOut = SearchDeadline.passed();
    // Past the deadline the search may have stopped early: its total is then only a lower bound.
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO || timedOut;
    String next = more ? Cursor.encode(request, page[page.length - 1]) : null;
    return new SearchResults(top.totalHits.value(), lowerBound, hits, next, timedOut);
  }

  /**
   * The hits of a page: stored fields, highlights and matched quotes of each document in {@code page}, read
   * once per document, within the search's deadline (hits reached after it come without highlights). Also
   * builds the hits of another store's page, from its articles indexed in memory.
   */
  List<SearchHit> hits(IndexSearcher searcher, SearchRequest request, Query scoring, Query query, ScoreDoc[] page)
      throws IOException {
    // Each hit's stored document is read once, with the highlighted fields while there is time to highlight.
    StoredFields stored = searcher.storedFields();
    Document[] loaded = new Document[page.length];
    int withText = 0;
    for (int i = 0; i < page.length; i++) {
      boolean text = request.highlight() && withText == i && !SearchDeadline.passed();
      loaded[i] = stored.document(page[i].doc, text ? StoredArticles.HIT_AND_TEXT_FIELDS : StoredArticles.HIT_FIELDS);
      withText += text ? 1 : 0;
    }
    List<Map<String, List<Highlight>>> highlights = withText > 0
        ? Highlights.of(searcher, analyzer, scoring, docs(page, withText), loaded, request.passages(),
            request.passageLength())
        : List.of();
    Query wantedQuotes = page.length > 0 ? MatchedQuotes.wanted(query) : null;
    List<List<MatchedQuote>> quotes = wantedQuotes == null ? List.of()
        : MatchedQuotes.of(searcher, wantedQuotes, page, request.listLimit());
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(StoredArticles.hit(loaded[i], page[i].score, i < highlights.size() ? highlights.get(i) : Map.of(),
          i < quotes.size() ? quotes.get(i) : null, request.listLimit(), request.passageLength()));
    }
    return hits;
  }

  /** The scoring part of a request's query (what highlights mark), parsed once per query string. */
  Query scoring(SearchRequest request) {
    return parsed.get(request.query());
  }

  /**
   * The values of a facet field over the articles the request's query and filters match, within the time
   * limit; {@code what} names the count in messages ("counting people").
   *
   * @throws SearchTimeoutException when the limit passed before every match was counted
   */
  public List<io.github.lede.model.FacetCount> facet(IndexSearcher searcher, SearchRequest request, String field,
      int top, String what) throws IOException {
    return counted(what, () -> TermFacets.top(searcher, query(request), field, top));
  }

  /**
   * The articles the request's query and filters match, counted by publication year, month or day.
   *
   * @throws SearchTimeoutException when the limit passed before every match was counted
   */
  public List<io.github.lede.model.FacetCount> published(IndexSearcher searcher, SearchRequest request,
      io.github.lede.model.DateUnit unit) throws IOException {
    return counted("counting publication dates", () -> DateFacets.count(searcher, query(request), unit));
  }

  /** A count of the matches. */
  interface Count<T> {
    T run() throws IOException;
  }

  /**
   * Runs a count within the time limit. A count cut short by it is refused, not returned: the searcher stops
   * collecting at the deadline, and a partial count reads as a true one.
   */
  <T> T counted(String what, Count<T> count) throws IOException {
    SearchDeadline.start(timeout);
    try {
      T counts = count.run();
      if (SearchDeadline.passed()) {
        throw new SearchTimeoutException(what, timeout);
      }
      return counts;
    } catch (ExitableDirectoryReader.ExitingReaderException timeUp) {
      throw new SearchTimeoutException(what, timeout);
    } finally {
      SearchDeadline.stop();
    }
  }

  private static Sort dateSort(SortOrder order) {
    boolean newest = order == SortOrder.NEWEST;
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest);
    // Undated articles last either way.
    f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(f);
  }

  private static int[] docs(ScoreDoc[] page, int n) {
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      d[i] = page[i].doc;
    }
    return d;
  }
}
