package io.github.lede.model;

import java.util.List;

/**
 * A page of search results.
 *
 * <p>A search has a time limit ({@code LedeOptions.searchTimeout}) that bounds all of it: finding the hits,
 * reading them, highlighting them and finding their matched quotes. When it runs out, the search returns
 * what it has with {@code timedOut} set: the hits found in time (perhaps not the best ones there are), a
 * total that is a lower bound, and highlights and matched quotes for the hits reached in time only (the
 * best-ranked first). A store on a cluster fills the same flag from its own time limit.
 *
 * @param total how many articles matched: exact, or a lower bound when {@code totalIsLowerBound}
 * @param totalIsLowerBound true when counting stopped early (see {@code SearchRequest.exactTotal}), or the
 *     search timed out
 * @param hits this page's hits
 * @param next an opaque cursor for the following page, or null when this page is the last
 * @param timedOut true when the search ran out of time and returned what it had found by then
 */
public record SearchResults(long total, boolean totalIsLowerBound, List<SearchHit> hits, String next,
    boolean timedOut) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Results of a search that finished in time. */
  public SearchResults(long total, boolean totalIsLowerBound, List<SearchHit> hits, String next) {
    this(total, totalIsLowerBound, hits, next, false);
  }
}
