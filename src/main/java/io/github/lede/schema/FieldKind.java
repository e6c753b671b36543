package io.github.lede.schema;

/** How a field is analysed and what it serves; each store renders a kind its own way. */
public enum FieldKind {
  /** Prose in English analysis (possessives, lower case, stop words, Porter stems); scored. */
  ENGLISH_TEXT,
  /** Names word by word: standard analysis, lower case, no stemming and no stop words; scored. */
  NAME_WORDS,
  /** One exact token (an id, a canonical name); filters and, with doc values, facets. */
  KEYWORD,
  /** The whole value as one lower-cased token, scored like text ({@code source:reuters}). */
  LOWERCASE_KEYWORD,
  /** The value as written, for counting only (facets); not searched. */
  FACET_VALUE,
  /** A day: ranges and sorting. */
  DAY,
  /** The intervals of days an article talks about; queries ask which intersect a range. */
  DAY_RANGES,
  /** Kept to be read back, never searched. */
  STORED,
  /**
   * Lucene's own bookkeeping: which documents are articles or quotes and which block they belong to, and a
   * compact copy of stored values for fast hit reading. A store with nested documents and a document source
   * needs none of it.
   */
  EMBEDDED_ONLY
}
