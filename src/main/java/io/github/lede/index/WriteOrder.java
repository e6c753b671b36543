package io.github.lede.index;

import io.github.lede.model.Article;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a batch's articles from several threads so that the index ends as if they had been written in
 * input order: where two versions of an article (one id) meet in a batch, the later one stays. Each article
 * carries its place in the input; an article whose id has a later version in the batch is not written,
 * and writes of one id take turns, so an earlier version cannot land after a later one. (Should Lucene refuse
 * the later version, the earlier one is not written either: the batch reports the refusal.)
 */
public final class WriteOrder {
  private static final int STRIPES = 64;

  private final ArticleIndex index;
  /** The latest place in the input seen for each id of the batch. */
  private final ConcurrentHashMap<String, Long> latest = new ConcurrentHashMap<>();
  private final Object[] stripes = new Object[STRIPES];

  public WriteOrder(ArticleIndex index) {
    this.index = index;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  /**
   * Writes the article, which came {@code place}-th in the input, unless a later version of it is in the
   * batch: that one is written instead (or already was). Either way the article counts as indexed.
   */
  public void write(Article article, long place) throws IOException {
    String id = article.id();
    latest.merge(id, place, Math::max);
    synchronized (stripes[Math.floorMod(id.hashCode(), STRIPES)]) {
      if (latest.get(id) == place) {
        index.write(article);
      }
    }
  }
}
