package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.model.Highlight;
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
import org.apache.lucene.index.QueryTimeoutImpl;
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
  private final int maxQueryLength;

  public ArticleSearcher(Analyzer analyzer, Duration timeout, int maxQueryLength) {
    this.analyzer = analyzer;
    this.timeout = timeout;
    this.maxQueryLength = maxQueryLength;
  }

  /** The complete Lucene query lede runs for a request: what benchmarks hand to a bare IndexSearcher. */
  public Query query(SearchRequest request) {
    return Queries.build(Queries.parse(request.query(), analyzer, maxQueryLength), request);
  }

  public SearchResults search(IndexSearcher shared, SearchRequest request) throws IOException {
    Query scoring = Queries.parse(request.query(), analyzer, maxQueryLength);
    Query query = Queries.build(scoring, request);
    // A searcher of its own per request, on the shared reader, so the deadline is this request's alone.
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
    ScoreDoc after = request.after() == null ? null : Cursor.decode(request);
    int threshold = request.exactTotal() ? Integer.MAX_VALUE : COUNT_THRESHOLD;
    // One hit more than the page tells whether there is a next page.
    int want = request.size() + 1;
    TopDocs top = request.sort() == SortOrder.RELEVANCE
        ? searcher.search(query, new TopScoreDocCollectorManager(want, after, threshold))
        : searcher.search(query, new TopFieldCollectorManager(dateSort(request.sort()), want,
            (FieldDoc) after, threshold));
    boolean more = top.scoreDocs.length > request.size();
    ScoreDoc[] page = more ? java.util.Arrays.copyOf(top.scoreDocs, request.size()) : top.scoreDocs;
    List<Map<String, List<Highlight>>> highlights = request.highlight() && page.length > 0
        ? Highlights.of(searcher, analyzer, scoring, docs(page), request.passages())
        : null;
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(StoredArticles.hit(stored, page[i].doc, page[i].score, highlights == null ? Map.of() : highlights.get(i)));
    }
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
        || searcher.timedOut();
    String next = more ? Cursor.encode(request, page[page.length - 1]) : null;
    return new SearchResults(top.totalHits.value(), lowerBound, hits, next);
  }

  /** The values of a facet field over the articles the request's query and filters match. */
  public List<io.github.lede.model.FacetCount> facet(IndexSearcher shared, SearchRequest request, String field,
      int top) throws IOException {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
    return TermFacets.top(searcher, query(request), field, top);
  }

  private static Sort dateSort(SortOrder order) {
    boolean newest = order == SortOrder.NEWEST;
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest);
    // Undated articles last either way.
    f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(f);
  }

  private static int[] docs(ScoreDoc[] page) {
    int[] d = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      d[i] = page[i].doc;
    }
    return d;
  }
}
