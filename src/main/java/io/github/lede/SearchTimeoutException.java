package io.github.lede;

import java.time.Duration;

/**
 * A count (people, sources, a timeline) reached the search time limit ({@link LedeOptions#searchTimeout()})
 * before it was complete. Article and quote searches answer what they found in time and say so
 * ({@code SearchResults.timedOut()}); a count cannot: a partial count looks like a true one, so it is refused
 * instead. Narrow the query, or allow more time.
 */
public class SearchTimeoutException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final Duration limit;

  public SearchTimeoutException(String what, Duration limit) {
    super(what + " reached the time limit of " + seconds(limit) + " before it was complete: narrow the query,"
        + " or allow more time (LedeOptions.searchTimeout)");
    this.limit = limit;
  }

  /** The time limit that was reached. */
  public Duration limit() {
    return limit;
  }

  private static String seconds(Duration d) {
    if (d.toMillis() == 0) {
      return d.toNanos() + " ns";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
