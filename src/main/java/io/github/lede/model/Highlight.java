package io.github.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A highlighted passage (about a sentence) of one field, with the spans the query matched. A phrase query
 * matches as one span. A passage longer than the request's {@code passageLength} is cut to a window of that
 * length around its first match, at word boundaries where it can be; the flags say on which sides text was
 * left out, and {@link #render} marks those sides with an ellipsis. Only the passage is cut: matches
 * anywhere in a long article, its end included, are found and highlighted. A store on a cluster windows its
 * passages the same way.
 *
 * @param text the passage (or its window) as it stands in the field
 * @param spans the matches, as offsets into {@code text}, in order
 * @param truncatedBefore true when the passage goes on before {@code text}
 * @param truncatedAfter true when the passage goes on after {@code text}
 */
public record Highlight(String text, List<Span> spans, boolean truncatedBefore, boolean truncatedAfter) {
  /** What {@link #render} puts where a passage was cut. */
  public static final String ELLIPSIS = "\u2026";

  public Highlight {
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span " + s + " outside passage of length " + text.length());
      }
    }
  }

  /** A whole passage: nothing left out on either side. */
  public Highlight(String text, List<Span> spans) {
    this(text, spans, false, false);
  }

  /**
   * The passage with each match wrapped in {@code open} and {@code close}, for display, and an ellipsis
   * ({@value #ELLIPSIS}) at each side where it was cut.
   */
  public String render(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + spans.size() * (open.length() + close.length()) + 2);
    if (truncatedBefore) {
      sb.append(ELLIPSIS);
    }
    int at = 0;
    for (Span s : spans) {
      sb.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    sb.append(text, at, text.length());
    if (truncatedAfter) {
      sb.append(ELLIPSIS);
    }
    return sb.toString();
  }
}
