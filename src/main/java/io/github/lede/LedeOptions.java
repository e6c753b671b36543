package io.github.lede;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings for reading, extracting, indexing and searching. {@link #defaults()} suits most uses; change what
 * you need through {@link #builder()}.
 *
 * @param maxFileBytes files (after decompression) larger than this are refused with an error
 * @param referenceDate resolves relative dates in articles that carry no publication date; null leaves them
 *     unresolved
 * @param searchTimeout the time one search may take, all of it (expanding wildcards, collecting, reading,
 *     highlighting, finding matched quotes); a search that runs out returns what it has so far, flagged
 *     ({@code SearchResults.timedOut()}, with a lower-bound total); a count (people, sources, a timeline)
 *     that runs out is refused with a {@link SearchTimeoutException} instead, as a partial count reads as a
 *     true one
 * @param maxQueryLength queries longer than this many characters are refused (so are queries of more than
 *     1,000 clauses once expanded, whatever their length)
 * @param ramBufferMb memory the index writer buffers before it flushes a segment
 * @param readOnly open the index for searching only; no write lock is taken, and what another process
 *     commits becomes visible within a second (or at once after {@code Lede.refresh()})
 * @param commitEvery a batch commits after this many articles since its last commit, so that a crash or a
 *     full disk costs at most that much work; 0 leaves it to {@code commitInterval} and the batch's end
 * @param commitInterval a batch also commits when this long has passed since its last commit; zero leaves it
 *     to {@code commitEvery} and the batch's end
 */
public record LedeOptions(
    long maxFileBytes,
    LocalDate referenceDate,
    Duration searchTimeout,
    int maxQueryLength,
    double ramBufferMb,
    boolean readOnly,
    long commitEvery,
    Duration commitInterval) {

  public LedeOptions {
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
    Objects.requireNonNull(searchTimeout, "searchTimeout");
    if (maxQueryLength < 1) {
      throw new IllegalArgumentException("maxQueryLength must be positive");
    }
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("ramBufferMb must be at least 1");
    }
    if (commitEvery < 0) {
      throw new IllegalArgumentException("commitEvery must be 0 (off) or positive");
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (commitInterval.isNegative()) {
      throw new IllegalArgumentException("commitInterval must be zero (off) or positive");
    }
  }

  /**
   * 64 MiB files, no reference date, 10 s searches, 4,000-character queries, 64 MB buffer, read-write, a
   * commit every 10,000 articles or 30 s of a batch, whichever comes first.
   */
  public static LedeOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxFileBytes(maxFileBytes)
        .referenceDate(referenceDate)
        .searchTimeout(searchTimeout)
        .maxQueryLength(maxQueryLength)
        .ramBufferMb(ramBufferMb)
        .readOnly(readOnly)
        .commitEvery(commitEvery)
        .commitInterval(commitInterval);
  }

  /** Builds {@link LedeOptions}. */
  public static final class Builder {
    private long maxFileBytes = 64L << 20;
    private LocalDate referenceDate;
    private Duration searchTimeout = Duration.ofSeconds(10);
    private int maxQueryLength = 4000;
    private double ramBufferMb = 64;
    private boolean readOnly;
    // A commit flushes the writer's buffer into a segment and syncs it; more commits mean more, smaller
    // segments and more merging. Indexing the 19,043 Reuters articles, a commit every 10,000 cost no
    // measurable CPU against one commit at the end (4.5-4.7 s against 4.0-4.9 s of process CPU), every
    // 2,000 cost about a third more (6.0-6.5 s). 10,000 articles are a few seconds of indexing on an idle
    // machine; the interval bounds the loss in time where articles come slowly (large pages, a busy machine),
    // at one commit in 30 s: commits took 0.6-1.8 s each on 2 cores at a load of 12-18, under 6% of that.
    private long commitEvery = 10_000;
    private Duration commitInterval = Duration.ofSeconds(30);

    private Builder() {}

    public Builder maxFileBytes(long maxFileBytes) {
      this.maxFileBytes = maxFileBytes;
      return this;
    }

    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = referenceDate;
      return this;
    }

    public Builder searchTimeout(Duration searchTimeout) {
      this.searchTimeout = searchTimeout;
      return this;
    }

    public Builder maxQueryLength(int maxQueryLength) {
      this.maxQueryLength = maxQueryLength;
      return this;
    }

    public Builder ramBufferMb(double ramBufferMb) {
      this.ramBufferMb = ramBufferMb;
      return this;
    }

    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /** Articles between a batch's commits; 0 for none counted (the interval and the batch's end still commit). */
    public Builder commitEvery(long articles) {
      this.commitEvery = articles;
      return this;
    }

    /** Time between a batch's commits; {@link Duration#ZERO} for none timed. */
    public Builder commitInterval(Duration interval) {
      this.commitInterval = interval;
      return this;
    }

    public LedeOptions build() {
      return new LedeOptions(maxFileBytes, referenceDate, searchTimeout, maxQueryLength, ramBufferMb, readOnly,
          commitEvery, commitInterval);
    }
  }
}
