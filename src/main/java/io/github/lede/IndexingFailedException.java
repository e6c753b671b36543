package io.github.lede;

/**
 * An indexing batch could not go on: the store failed (a full disk, an I/O error, a cluster that went away).
 * Bad inputs never cause this; they are reported in the summary. The index keeps what the batch's last commit
 * held, and {@link #summary()} says how much of the batch that is; the cause says what failed
 * ({@link DiskFullException} when the disk is full).
 */
public class IndexingFailedException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final transient IndexSummary summary;

  public IndexingFailedException(String message, Throwable cause, IndexSummary summary) {
    super(message, cause);
    this.summary = summary;
  }

  /** What the batch did before it failed; {@link IndexSummary#durable()} articles of it are kept. */
  public IndexSummary summary() {
    return summary;
  }
}
