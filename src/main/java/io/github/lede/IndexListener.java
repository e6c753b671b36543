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

  /**
   * The batch committed: a crash from here on keeps at least this much of it. Long batches commit as they go
   * ({@link LedeOptions#commitEvery()}, {@link LedeOptions#commitInterval()}) and once more at the end.
   *
   * @param durable articles of this batch written and committed so far
   */
  default void onCommit(long durable) {}

  /**
   * Asked before each article; true ends the batch there, early but cleanly: it reads no more, writes the
   * few articles it was already extracting, commits and returns a summary marked
   * {@link IndexSummary#stopped()}. A command line
   * answers true after Ctrl-C; a service, when it is shutting down. May be called from any thread.
   */
  default boolean stopRequested() {
    return false;
  }
}
