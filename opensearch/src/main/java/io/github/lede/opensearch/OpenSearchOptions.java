package io.github.lede.opensearch;

import java.time.Duration;
import java.util.Objects;

/**
 * How lede uses a cluster. {@link #defaults()} suits most; change what you need through {@link #builder()}.
 *
 * @param shards primary shards of a new index (one shard ranks exactly as the embedded index does; more
 *     spread a large archive over nodes, with per-shard term statistics)
 * @param replicas copies of each shard on other nodes: a lost node loses nothing
 * @param bulkBytes a bulk request is sent once it holds about this many bytes of articles
 * @param bulksInFlight bulk requests under way at once; the writer waits beyond that (backpressure)
 * @param retries how often a request the cluster refused for load (429), failed on (5xx) or dropped is tried
 *     again, waiting twice as long each time, with jitter
 * @param firstRetryDelay the wait before the first retry
 * @param requestTimeout the longest a request may take, searches included (lede's search timeout still
 *     applies on the cluster)
 * @param readOnly search only: no index is created, and writes fail
 * @param discoverNodes send requests to every node the cluster publishes an HTTP address for, not only to
 *     the one in the URL, so that losing that node loses nothing; off when those addresses cannot be reached
 *     from here (a cluster behind a proxy or in containers)
 */
public record OpenSearchOptions(
    int shards, int replicas, long bulkBytes, int bulksInFlight, int retries, Duration firstRetryDelay,
    Duration requestTimeout, boolean readOnly, boolean discoverNodes) {

  public OpenSearchOptions {
    if (shards < 1 || replicas < 0 || bulkBytes < 1024 || bulksInFlight < 1 || retries < 0) {
      throw new IllegalArgumentException("shards >= 1, replicas >= 0, bulkBytes >= 1024, bulksInFlight >= 1 and"
          + " retries >= 0 are required");
    }
    Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /**
   * One shard, one replica, 4 MiB bulks, two in flight, 8 retries from 100 ms, 60 s requests, read-write,
   * requests to every node.
   */
  public static OpenSearchOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().shards(shards).replicas(replicas).bulkBytes(bulkBytes).bulksInFlight(bulksInFlight)
        .retries(retries).firstRetryDelay(firstRetryDelay).requestTimeout(requestTimeout).readOnly(readOnly).discoverNodes(discoverNodes);
  }

  /** Builds {@link OpenSearchOptions}. */
  public static final class Builder {
    private int shards = 1;
    private int replicas = 1;
    private long bulkBytes = 4L << 20;
    private int bulksInFlight = 2;
    private int retries = 8;
    private Duration firstRetryDelay = Duration.ofMillis(100);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private boolean readOnly;
    private boolean discoverNodes = true;

    private Builder() {}

    public Builder shards(int shards) {
      this.shards = shards;
      return this;
    }

    public Builder replicas(int replicas) {
      this.replicas = replicas;
      return this;
    }

    public Builder bulkBytes(long bulkBytes) {
      this.bulkBytes = bulkBytes;
      return this;
    }

    public Builder bulksInFlight(int bulksInFlight) {
      this.bulksInFlight = bulksInFlight;
      return this;
    }

    public Builder retries(int retries) {
      this.retries = retries;
      return this;
    }

    public Builder firstRetryDelay(Duration firstRetryDelay) {
      this.firstRetryDelay = firstRetryDelay;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    public Builder discoverNodes(boolean discoverNodes) {
      this.discoverNodes = discoverNodes;
      return this;
    }

    public OpenSearchOptions build() {
      return new OpenSearchOptions(shards, replicas, bulkBytes, bulksInFlight, retries, firstRetryDelay,
          requestTimeout, readOnly, discoverNodes);
    }
  }
}
