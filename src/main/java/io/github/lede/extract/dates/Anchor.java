package io.github.lede.extract.dates;

/** What a shifted date ("two days ago", "a year earlier", "the next day") counts from. */
enum Anchor {
  /** The reference date (the publication date). */
  REFERENCE,
  /** The date mentioned before in the same text, else nothing. */
  PREVIOUS,
  /** The date mentioned before, else the reference date. */
  PREVIOUS_OR_REFERENCE,
  /**
   * A quarter named in this sentence or the one before, else the reference date: "a year ago" in earnings
   * news means the same quarter a year before.
   */
  RECENT_QUARTER_OR_REFERENCE
}
