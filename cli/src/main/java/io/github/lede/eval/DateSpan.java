package io.github.lede.eval;

/** A date mention to score: a span of text and its TimeML value (null when unresolved). */
public record DateSpan(int start, int end, String value) {

  /** The span {@code [start, end)} of {@code text} without surrounding white space, or null if blank. */
  static DateSpan trimmed(CharSequence text, int start, int end, String value) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new DateSpan(start, end, value) : null;
  }

  boolean overlaps(DateSpan o) {
    return start < o.end && o.start < end;
  }
}
