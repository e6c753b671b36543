package io.github.lede.model;

import java.util.List;

/**
 * A page of search results.
 *
 * @param total how many articles matched: exact, or a lower bound when {@code totalIsLowerBound}
 * @param totalIsLowerBound true when counting stopped early (see {@code SearchRequest.exactTotal})
 * @param hits this page's hits
 * @param next an opaque cursor for the following page, or null when this page is the last
 */
public record SearchResults(long total, boolean totalIsLowerBound, List<SearchHit> hits, String next) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
