package io.github.lede.model;

import java.util.Objects;

/**
 * A direct quote: the text inside the quotation marks, its speaker (null when unknown) and where it stands.
 * A quote that runs over several paragraphs is one quote; its offsets span all of them.
 */
public record Quote(
    String text, String speaker, SpeakerKind speakerKind, ArticleField field, int index, int start, int end) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
