package io.github.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A highlighted passage (about a sentence) of one field, with the spans the query matched. A phrase query
 * matches as one span.
 *
 * @param text the passage as it stands in the field
 * @param spans the matches, as offsets into {@code text}, in order
 */
public record Highlight(String text, List<Span> spans) {
  public Highlight {
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span " + s + " outside passage of length " + text.length());
      }
    }
  }

  /** The passage with each match wrapped in {@code open} and {@code close}, for display. */
  public String render(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + spans.size() * (open.length() + close.length()));
    int at = 0;
    for (Span s : spans) {
      sb.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
