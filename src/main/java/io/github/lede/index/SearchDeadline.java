package io.github.lede.index;

import java.time.Duration;

/**
 * The time limit of the search running on the current thread. Every searcher the index hands out checks
 * the calling thread's clock ({@link DeadlineSearcher}), so a search needs no searcher of its own to have a
 * deadline of its own: it starts the clock, searches, and stops it. Searches run on the calling thread (lede gives its searchers no executor),
 * which is what lets a thread-local deadline stand for the request's.
 */
public final class SearchDeadline {
  /** The deadline in {@link System#nanoTime()} terms, and whether one is set, per thread. */
  private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[2]);

  private SearchDeadline() {}

  /** Starts the clock for a search on this thread. */
  public static void start(Duration budget) {
    long[] d = DEADLINE.get();
    d[0] = System.nanoTime() + budget.toNanos();
    d[1] = 1;
  }

  /** Whether this thread's search has run out of time (and so may have stopped early). */
  public static boolean passed() {
    long[] d = DEADLINE.get();
    return d[1] == 1 && System.nanoTime() - d[0] > 0;
  }

  /** Stops the clock. */
  public static void stop() {
    DEADLINE.get()[1] = 0;
  }
}
