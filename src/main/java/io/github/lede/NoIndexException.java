package io.github.lede;

import java.nio.file.Path;

/**
 * There is no index where one was to be read: the directory is missing, is not a directory, or holds no
 * index; or, for a store on a server, no index of that name. Opening an index to read it never creates
 * anything, so a mistyped path or name ends here.
 */
public class NoIndexException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final transient Path index;
  private final String location;

  public NoIndexException(Path index, String why) {
    super("no index at " + index + ": " + why);
    this.index = index;
    this.location = index.toString();
  }

  /**
   * No index at a location that is not a directory, such as an OpenSearch URL.
   *
   * @param location where the index was expected, as the user named it
   */
  public NoIndexException(String location, String why) {
    super("no index at " + location + ": " + why);
    this.index = null;
    this.location = location;
  }

  /** The path where an index was expected; null when the store is not a directory. */
  public Path index() {
    return index;
  }

  /** Where the index was expected, as the user named it: a path or a URL. */
  public String location() {
    return location;
  }
}
