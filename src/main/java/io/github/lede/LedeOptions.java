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
 *     ({@code SearchResults.timedOut()}, with a lower-bound total)
 * @param maxQueryLength queries longer than this many characters are refused (so are queries of more than
 *     1,000 clauses once expanded, whatever their length)
 * @param ramBufferMb memory the index writer buffers before it flushes a segment
 * @param readOnly open the index for searching only; no write lock is taken, and what another process
 *     commits becomes visible within a second (or at once after {@code Lede.refresh()})
 */
public record LedeOptions(
    long maxFileBytes,
    LocalDate referenceDate,
    Duration searchTimeout,
    int maxQueryLength,
    double ramBufferMb,
    boolean readOnly) {

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
  }

  /** 64 MiB files, no reference date, 10 s searches, 4,000-character queries, 64 MB buffer, read-write. */
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
        .readOnly(readOnly);
  }

  /** Builds {@link LedeOptions}. */
  public static final class Builder {
    private long maxFileBytes = 64L << 20;
    private LocalDate referenceDate;
    private Duration searchTimeout = Duration.ofSeconds(10);
    private int maxQueryLength = 4000;
    private double ramBufferMb = 64;
    private boolean readOnly;

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

    public LedeOptions build() {
      return new LedeOptions(maxFileBytes, referenceDate, searchTimeout, maxQueryLength, ramBufferMb, readOnly);
    }
  }
}
