package io.github.lede.model;

import java.util.List;

/**
 * A page of quote search results.
 *
 * @param total how many quotes matched: exact, or a lower bound when {@code totalIsLowerBound}
 * @param totalIsLowerBound true when counting stopped early
 * @param hits this page's quotes
 * @param next an opaque cursor for the following page, or null when this page is the last
 */
public record QuoteResults(long total, boolean totalIsLowerBound, List<QuoteHit> hits, String next) {
  public QuoteResults {
    hits = List.copyOf(hits);
  }
}
