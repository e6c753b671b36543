package io.github.lede.model;

import java.util.Objects;

/**
 * Where a person was mentioned: the field, the caption index (0 outside captions) and Java string offsets
 * into that field's text, with the text found there (the name only, without a title or possessive).
 */
public record Mention(ArticleField field, int index, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
