package io.github.lede.model;

import java.util.List;

/**
 * A page of quote search results. Like an article search ({@link SearchResults}), a quote search is bounded
 * by the time limit as a whole and says when it ran out.
 *
 * @param total how many quotes matched: exact, or a lower bound when {@code totalIsLowerBound}
 * @param totalIsLowerBound true when counting stopped early, or the search timed out
 * @param hits this page's quotes
 * @param next an opaque cursor for the following page, or null when this page is the last
 * @param timedOut true when the search ran out of time and returned what it had found by then: quotes
 *     reached after it come without marked matches
 */
public record QuoteResults(long total, boolean totalIsLowerBound, List<QuoteHit> hits, String next,
    boolean timedOut) {
  public QuoteResults {
    hits = List.copyOf(hits);
  }

  /** Results of a quote search that finished in time. */
  public QuoteResults(long total, boolean totalIsLowerBound, List<QuoteHit> hits, String next) {
    this(total, totalIsLowerBound, hits, next, false);
  }
}
