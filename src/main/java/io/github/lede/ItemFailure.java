package io.github.lede;

/**
 * One input that could not be indexed (or was skipped), with where it was and why.
 *
 * @param file the file or other origin
 * @param line the 1-based line for JSON lines, else 0
 * @param reason what was wrong
 */
public record ItemFailure(String file, int line, String reason) {
  /** The failure an {@link InputException} describes. */
  public static ItemFailure of(InputException e) {
    return new ItemFailure(e.file(), e.line(), e.reason());
  }

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + reason;
  }
}
