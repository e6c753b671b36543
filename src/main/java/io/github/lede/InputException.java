package io.github.lede;

/**
 * Bad input: an article or file lede could not read. The message starts with the file and, for JSON lines,
 * the line ({@code news.jsonl:17: malformed JSON: ...}).
 */
public class InputException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  /**
   * @param file the file (or other origin) that held the bad input
   * @param line the 1-based line, or 0 when the problem is not on one line
   * @param reason what is wrong, without the file and line
   */
  public InputException(String file, int line, String reason) {
    super(location(file, line) + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  private static String location(String file, int line) {
    return line > 0 ? file + ":" + line : file;
  }

  /** The file or other origin of the bad input. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
