package io.github.lede;

/** The base of lede's exceptions: something went wrong that the caller can report or act on. */
public class LedeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedeException(String message) {
    super(message);
  }

  public LedeException(String message, Throwable cause) {
    super(message, cause);
  }
}
