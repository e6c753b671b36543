package io.github.lede;

/**
 * One input that could not be indexed, with where it was and why; also the shape of the other reports of a
 * batch: a skipped file, a duplicate article, a notice.
 *
 * @param file the file or other origin
 * @param line the 1-based line (JSON lines, a header line, the first byte read as windows-1252), else 0
 * @param reason what was wrong, or what is worth knowing
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
