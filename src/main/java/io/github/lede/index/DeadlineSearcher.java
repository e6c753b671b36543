package io.github.lede.index;

import java.io.IOException;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A searcher that stops scoring when the calling thread's {@link SearchDeadline} passes, keeping what it
 * collected so far, and skips the segments it has not reached. Lucene's own {@link IndexSearcher#setTimeout} does the same but checks the clock every
 * hundred-odd documents at first; each check cuts the bulk scorer's window, and on a common term that cost
 * about 5% of the search. Windows here start at {@value #FIRST_WINDOW} documents and double, so a segment
 * of a million documents is checked about four times, and a slow query still overruns its deadline by at
 * most one window. Each window also restarts the bulk scorer, which costs a sorted search some of its
 * skipping: with windows from 8,192 documents a newest-first search ran at 1.10-1.11 of raw Lucene's, with
 * none at 1.07-1.08, from 65,536 at 1.07-1.09 (QueryBenchmark, same process).
 */
final class DeadlineSearcher extends IndexSearcher {
  static final int FIRST_WINDOW = 1 << 16;
  private static final int LAST_WINDOW = 1 << 20;

  DeadlineSearcher(IndexReader reader) {
    super(reader);
    setSimilarity(Schema.SIMILARITY);
  }

  @Override
  protected void searchLeaf(LeafReaderContext leaf, int minDoc, int maxDoc, Weight weight, Collector collector)
      throws IOException {
    LeafCollector leafCollector;
    try {
      leafCollector = collector.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      // The collector needs nothing from this segment.
      return;
    }
    try {
      ScorerSupplier supplier = SearchDeadline.passed() ? null : weight.scorerSupplier(leaf);
      if (supplier != null) {
        supplier.setTopLevelScoringClause();
        BulkScorer scorer = supplier.bulkScorer();
        Bits live = leaf.reader().getLiveDocs();
        int window = FIRST_WINDOW;
        for (int doc = minDoc; doc < maxDoc && !SearchDeadline.passed(); window = Math.min(window << 1, LAST_WINDOW)) {
          doc = scorer.score(leafCollector, live, doc, (int) Math.min((long) doc + window, maxDoc));
        }
      }
    } catch (CollectionTerminatedException e) {
      // The collector has enough from this segment.
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // The deadline passed while a wildcard or fuzzy word was expanding in this segment (the reader
      // checks it, see ArticleIndex): what was collected stands.
    }
    leafCollector.finish();
  }
}
