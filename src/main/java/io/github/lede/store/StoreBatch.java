package io.github.lede.store;

/**
 * One batch of writes to an {@link ArticleStore}, from one thread. Writes become durable and searchable at
 * {@link #commit()} (or durable sooner, see {@link #durableWhenWritten()}), which a batch may call more than
 * once (a long batch commits as it goes); closing a batch without a commit leaves its later writes to the
 * store's own durability rules.
 */
public interface StoreBatch extends AutoCloseable {
  /**
   * Adds the article, or replaces the one with its id. May block while the store catches up, so that a fast
   * reader never queues more than the store can take. The outcome reaches the batch's {@link WriteListener}.
   *
   * @param origin where the article came from ({@code feed.jsonl:17}), for the listener's messages
   */
  void write(io.github.lede.model.Article article, String origin);

  /**
   * Waits until every write so far has been told to the listener, then makes the ones that succeeded durable
   * and visible to searches.
   */
  void commit();

  /**
   * True when a write is durable as soon as the listener hears it was written, before any commit: a cluster
   * acknowledges a bulk item only once its translog is synced on every copy, so a batch that fails later
   * keeps every write it was told of. False (the embedded index) when only {@link #commit()} makes writes
   * durable. Either way, {@link #commit()} makes them visible to searches.
   */
  default boolean durableWhenWritten() {
    return false;
  }

  @Override
  void close();
}
