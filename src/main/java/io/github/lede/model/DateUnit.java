package io.github.lede.model;

/** The width of a date facet's buckets; each names its buckets as ISO dates do. */
public enum DateUnit {
  /** "2024". */
  YEAR,
  /** "2024-06". */
  MONTH,
  /** "2024-06-03". */
  DAY
}
