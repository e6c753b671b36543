package io.github.lede;

import java.nio.file.Path;

/** Another writer (usually another process) holds the index open for writing. */
public class IndexLockedException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final transient Path index;

  public IndexLockedException(Path index, Throwable cause) {
    super(
        "index is locked: another process is writing to "
            + index
            + " (it holds write.lock); wait for it to finish, or open the index read-only to search it",
        cause);
    this.index = index;
  }

  /** The index directory. */
  public Path index() {
    return index;
  }
}
