package io.github.lede.store;

/**
 * Hears what became of each write of a {@link StoreBatch}: written (new, or replacing an article with the same
 * id) or failed alone. Calls may come from a store's own threads; implementations must be thread-safe.
 */
public interface WriteListener {
  /**
   * The article is written.
   *
   * @param replaced true when it replaced an article with the same id
   */
  void written(String origin, String id, boolean replaced);

  /** The store refused this article (too large a term, a field it cannot hold); the batch goes on. */
  void failed(String origin, String id, String reason);
}
