package io.github.lede.model;

import java.util.Objects;

/**
 * A date or time expression found in an article, with its normalised value written as TimeML does
 * ({@code 2023-09-13}, {@code 2024-W24}, {@code 2024-06}, {@code 2024}, {@code 2024-Q1}, {@code 199X},
 * {@code 2024-06-19TMO}), or a null value when it could not be resolved (no reference date).
 */
public record DateMention(String text, String value, ArticleField field, int index, int start, int end) {
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
