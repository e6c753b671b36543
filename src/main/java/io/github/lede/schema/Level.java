package io.github.lede.schema;

/** Which document a field lives on: the article, or each of its quotes (children of the article). */
public enum Level {
  ARTICLE,
  QUOTE
}
