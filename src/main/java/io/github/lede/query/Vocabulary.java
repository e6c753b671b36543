package io.github.lede.query;

import io.github.lede.model.SearchRequest;
import java.util.List;

/**
 * A store's own words, as "did you mean" asks for them: each store answers from its index (the embedded one
 * with Lucene's {@code DirectSpellChecker}, a cluster with its term suggester, which runs the same checker),
 * and lede's one piece of code decides what to suggest from the answers.
 */
public interface Vocabulary {
  /**
   * Terms of {@code field} close to {@code term} (at most two edits, the first letter kept, terms of three
   * letters or more), best first, when {@code term} is in no article's {@code field}; else none.
   *
   * @param term an analysed term, as the index holds it
   */
  List<String> corrections(String field, String term, int max);

  /** How many articles hold {@code term} in {@code field}. */
  long articles(String field, String term);

  /**
   * How the articles write {@code term}: each place where {@code field} holds it, as written, in up to
   * {@code articles} articles that hold it, in index order.
   */
  List<String> written(String field, String term, int articles);

  /**
   * How many articles a request finds, exactly up to {@code SearchResults.FEW} (past it, at least that
   * many), and the best one's score (0 when none; its sort order aside).
   */
  Found found(SearchRequest request);

  /** What a request finds: how many articles, and the best one's score. */
  record Found(long articles, float bestScore) {
    /** True when this finds more articles than {@code other}, or as many (some) with a better best match. */
    public boolean betterThan(Found other) {
      return articles > other.articles || articles == other.articles && articles > 0 && bestScore > other.bestScore;
    }
  }
}
