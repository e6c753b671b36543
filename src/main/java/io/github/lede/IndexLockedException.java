package io.github.lede;

import java.nio.file.Path;

/**
 * Another writer holds the index open for writing: another process, or another {@code Lede} in this one (the
 * message says which).
 */
public class IndexLockedException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final transient Path index;

  public IndexLockedException(Path index, Throwable cause) {
    this(index,
        "index is locked: another process is writing to "
            + index
            + " (it holds write.lock); wait for it to finish, or open the index read-only to search it",
        cause);
  }

  private IndexLockedException(Path index, String message, Throwable cause) {
    super(message, cause);
    this.index = index;
  }

  /** The index is already open for writing in this process: by another {@code Lede} not yet closed. */
  public static IndexLockedException inThisProcess(Path index) {
    return new IndexLockedException(index,
        "index is already open for writing in this process: " + index + "; share that Lede (it is"
            + " thread-safe) or close it first, or open this one read-only to search",
        null);
  }

  /** The index directory. */
  public Path index() {
    return index;
  }
}
