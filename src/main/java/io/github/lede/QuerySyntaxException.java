package io.github.lede;

/**
 * A query lede cannot parse. {@link #position()} is the 0-based character offset in the query where the
 * problem was found; the message shows the query with a caret under that position.
 */
public class QuerySyntaxException extends LedeException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int position;
  private final String reason;

  public QuerySyntaxException(String query, int position, String reason) {
    super(message(query, position, reason));
    this.query = query;
    this.position = position;
    this.reason = reason;
  }

  private static String message(String query, int position, String reason) {
    return "bad query at position " + position + ": " + reason + "\n  " + query + "\n  " + " ".repeat(position) + "^";
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 0-based character offset of the problem in the query. */
  public int position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
