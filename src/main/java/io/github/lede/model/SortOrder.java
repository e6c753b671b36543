package io.github.lede.model;

/** How search hits are ordered. */
public enum SortOrder {
  /** Best match first; equal scores in index order, so paging is stable. */
  RELEVANCE,
  /** Newest publication date first; articles without a date last. */
  NEWEST,
  /** Oldest publication date first; articles without a date last. */
  OLDEST
}
