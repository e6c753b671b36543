package io.github.lede;

/**
 * Hears how an indexing batch goes. lede itself does not log; the CLI renders these calls as a progress bar
 * and a summary. Calls come from the indexing thread; keep them quick.
 */
public interface IndexListener {
  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};

  /**
   * Called after each file.
   *
   * @param files files read so far
   * @param articles articles indexed so far
   * @param bytes bytes of input read so far
   */
  default void onProgress(long files, long articles, long bytes) {}

  /** An article or file could not be indexed; the batch goes on. */
  default void onFailure(ItemFailure failure) {}

  /** A file was passed over on purpose (an unknown extension, say). */
  default void onSkipped(ItemFailure skipped) {}
}
