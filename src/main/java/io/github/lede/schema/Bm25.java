package io.github.lede.schema;

/**
 * How a field scores: BM25 with this term-frequency saturation ({@code k1}) and length normalisation
 * ({@code b}). Every store ranks a field with the same two numbers, so one query ranks alike in each.
 */
public record Bm25(float k1, float b) {
  /** Lucene's (and OpenSearch's) defaults. */
  public static final Bm25 DEFAULT = new Bm25(1.2f, 0.75f);

  /** True for Lucene's defaults: a store need not say anything for such a field. */
  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
