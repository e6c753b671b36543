package io.github.lede;

/**
 * The disk (or volume) that holds the index has no space left. The index is intact as of its last commit;
 * writes after it are lost. Free some space and index again: articles already in the index are updated,
 * not doubled.
 */
public class DiskFullException extends LedeException {
  private static final long serialVersionUID = 1L;

  public DiskFullException(String message, Throwable cause) {
    super(message, cause);
  }
}
