package io.github.lede;

/**
 * Hears how an indexing batch goes. lede itself does not log; the CLI renders these calls as a progress bar
 * and a summary. Calls come from the indexing thread, one at a time; keep them quick.
 */
public interface IndexListener {
  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};

  /**
   * Called once the paths are listed, before any file is read: what the batch will read, for a progress bar.
   *
   * @param files the files to read
   * @param bytes their bytes on disk
   */
  default void onListed(long files, long bytes) {}

  /**
   * Called as the batch goes: after each file, within a large file as it is read, every thousand articles,
   * and once at the end with the batch's final figures (the same as its {@link IndexSummary}).
   *
   * @param files files read so far
   * @param articles articles indexed so far
   * @param bytes bytes of input (on disk) read so far
   */
  default void onProgress(long files, long articles, long bytes) {}

  /** An article or file could not be indexed; the batch goes on. */
  default void onFailure(ItemFailure failure) {}

  /** A file was passed over on purpose (an unknown extension, a named pipe, a link loop). */
  default void onSkipped(ItemFailure skipped) {}

  /**
   * An article was not indexed because it repeats one written earlier in the same batch: the same id, headline
   * and text. The reason names the earlier one.
   */
  default void onDuplicate(ItemFailure duplicate) {}

  /**
   * Something about an input worth knowing, though it was indexed: text read as windows-1252, a metadata field
   * of the wrong type left out, the same headline and text as another article of the batch under another id.
   */
  default void onNotice(ItemFailure notice) {}

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
