package io.github.lede.query;

import io.github.lede.LedeOptions;
import io.github.lede.model.Article;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.search.NeutralSearch;
import java.util.List;

/**
 * lede's search for a store on another engine: requests parsed by lede's own parser (same syntax, same
 * errors with positions) into {@link QueryNode} trees, and the hits of a page built from the page's articles
 * as the embedded index builds them. Thread-safe; parsing is cached per query string.
 */
public final class LedeQueries {
  private final NeutralSearch search;

  private LedeQueries(LedeOptions options) {
    this.search = new NeutralSearch(options);
  }

  /** Parsing under these options (the longest query). */
  public static LedeQueries create(LedeOptions options) {
    return new LedeQueries(options);
  }

  /**
   * The whole query of an article search: the user's query with its quote clauses as {@link
   * QueryNode.QuoteJoin}s, and the request's filters as FILTER clauses.
   *
   * @throws io.github.lede.QuerySyntaxException for a malformed query, or one lede can run only embedded
   */
  public QueryNode articles(SearchRequest request) {
    return search.articleQuery(request);
  }

  /**
   * The whole query of a quote search, at the level of quotes: article clauses appear as {@link
   * QueryNode.ArticleJoin}s.
   */
  public QueryNode quotes(QuoteRequest request) {
    return search.quoteQuery(request);
  }

  /** The tokens lede's analysis makes of {@code text} in {@code field}, with positions and offsets. */
  public List<AnalyzedToken> analyze(String field, String text) {
    return search.analyze(field, text);
  }

  /**
   * The hits of a page of articles, in page order; {@code scores[i]} is hit i's (NaN when sorted by date).
   * Hits are highlighted, best first, until {@code deadline} ({@link System#nanoTime()} terms), as the
   * embedded index highlights within its time limit: those reached after it come without highlights.
   */
  public List<SearchHit> articleHits(SearchRequest request, List<Article> page, float[] scores, long deadline) {
    return search.articleHits(request, page, scores, deadline);
  }

  /**
   * The hits of a page of quotes: quote {@code quoteIndexes[i]} (in article order) of {@code page.get(i)},
   * marked until {@code deadline} as {@link #articleHits} are.
   */
  public List<QuoteHit> quoteHits(QuoteRequest request, List<Article> page, int[] quoteIndexes, float[] scores,
      long deadline) {
    return search.quoteHits(request, page, quoteIndexes, scores, deadline);
  }
}
