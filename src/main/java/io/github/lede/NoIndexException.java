package io.github.lede;

import java.nio.file.Path;

/**
 * There is no index where one was to be read: the directory is missing, is not a directory, or holds no
 * index. Opening an index to read it never creates anything, so a mistyped path ends here.
 */
public class NoIndexException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final transient Path index;

  public NoIndexException(Path index, String why) {
    super("no index at " + index + ": " + why);
    this.index = index;
  }

  /** The path where an index was expected. */
  public Path index() {
    return index;
  }
}
