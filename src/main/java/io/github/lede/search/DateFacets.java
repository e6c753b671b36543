package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.schema.DayBuckets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the articles a query matches by publication year, month or day, from the publication day's doc
 * values (days since 1970). Buckets come back in date order, as a timeline reads; undated articles are in
 * none. Each match costs a doc-values read and, where its day differs from the last one seen, a bucket
 * lookup: articles of a batch tend to share days.
 */
final class DateFacets {
  private DateFacets() {}

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
    final Map<Long, int[]> buckets = new TreeMap<>();
    private NumericDocValues days;
    private long lastDay = Long.MIN_VALUE;
    private int[] lastCount;

    Counter(DateUnit unit) {
      this.unit = unit;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      days = DocValues.getNumeric(context.reader(), Schema.PUBLISHED);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (days.advanceExact(doc)) {
        long day = days.longValue();
        if (day != lastDay) {
          lastDay = day;
          lastCount = buckets.computeIfAbsent(DayBuckets.of(day, unit), k -> new int[1]);
        }
        lastCount[0]++;
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
