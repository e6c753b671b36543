package io.github.lede.model;

import java.util.Objects;

/**
 * A direct quote: the text inside the quotation marks, its speaker (null when unknown) and where it stands.
 * A quote that runs over several paragraphs is one quote; its offsets span all of them, and its text keeps the
 * blank line between them. The passages of one statement broken by its attribution ({@code "My hope," he said,
 * "is that ..."}) are one quote too: its offsets run from the first passage to the last, and its text joins
 * their words with {@code " … "}.
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
