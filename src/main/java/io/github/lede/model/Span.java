package io.github.lede.model;

/** A match inside a highlight passage: Java string offsets into {@link Highlight#text()}. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
