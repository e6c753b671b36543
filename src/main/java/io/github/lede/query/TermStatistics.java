package io.github.lede.query;

/**
 * How common terms are in a store's articles: what choosing the words of a related-articles query weighs them
 * by. The embedded index reads them from its own reader; a store on a cluster asks the cluster.
 */
public interface TermStatistics {
  /** How many articles hold this term in this field (deleted ones may still count until merged away). */
  long docFreq(String field, String term);

  /** How many articles have this field at all. */
  long docCount(String field);
}
