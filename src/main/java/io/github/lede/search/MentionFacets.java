package io.github.lede.search;

import io.github.lede.index.DayIntervals;
import io.github.lede.index.Schema;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.schema.DayBuckets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the articles a query matches by the years, months or days they talk about, from the mention
 * intervals' doc values ({@link DayIntervals#encode}): no stored field is read. An article counts once in
 * each bucket any of its mentions covers; a mention covers every bucket from its first day's to its last
 * day's, and one that covers more than {@link DayBuckets#MAX_PER_MENTION} is left out of that unit's count.
 * A document's values come sorted by first day, so its buckets come in rising order of their first one: the
 * highest bucket counted so far is all it takes to count each once.
 */
final class MentionFacets {
  private MentionFacets() {}

  static List<FacetCount> count(IndexSearcher searcher, Query query, DateUnit unit) throws IOException {
    Map<Long, int[]> buckets = searcher.search(query, new Manager(unit));
    List<FacetCount> out = new ArrayList<>(buckets.size());
    buckets.forEach((bucket, n) -> out.add(new FacetCount(DayBuckets.name(bucket, unit), n[0])));
    return out;
  }

  private record Manager(DateUnit unit) implements CollectorManager<Counter, Map<Long, int[]>> {
    @Override
    public Counter newCollector() {
      return new Counter(unit);
    }

    @Override
    public Map<Long, int[]> reduce(Collection<Counter> collectors) {
      Map<Long, int[]> all = new TreeMap<>();
      for (Counter c : collectors) {
        c.buckets.forEach((bucket, n) -> all.computeIfAbsent(bucket, k -> new int[1])[0] += n[0]);
      }
      return all;
    }
  }

  private static final class Counter extends SimpleCollector {
    private final DateUnit unit;
    final Map<Long, int[]> buckets = new HashMap<>();
    private SortedNumericDocValues mentions;

    Counter(DateUnit unit) {
      this.unit = unit;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      mentions = DocValues.getSortedNumeric(context.reader(), Schema.MENTIONS);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!mentions.advanceExact(doc)) {
        return;
      }
      long counted = Long.MIN_VALUE;
      for (int i = mentions.docValueCount(); i > 0; i--) {
        long interval = mentions.nextValue();
        long first = DayIntervals.first(interval);
        long last = DayIntervals.last(interval);
        if (!DayBuckets.counted(first, last, unit)) {
          continue;
        }
        long end = DayBuckets.of(last, unit);
        for (long b = Math.max(DayBuckets.of(first, unit), counted + 1); b <= end; b++) {
          buckets.computeIfAbsent(b, k -> new int[1])[0]++;
        }
        counted = Math.max(counted, end);
      }
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
