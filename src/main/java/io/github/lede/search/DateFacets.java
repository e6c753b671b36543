package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import java.io.IOException;
import java.time.LocalDate;
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
    buckets.forEach((bucket, n) -> out.add(new FacetCount(name(bucket, unit), n[0])));
    return out;
  }

  /** The bucket of a day: its year, its month counted from year 0, or the day itself. */
  private static long bucket(long epochDay, DateUnit unit) {
    if (unit == DateUnit.DAY) {
      return epochDay;
    }
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return unit == DateUnit.YEAR ? d.getYear() : d.getYear() * 12L + d.getMonthValue() - 1;
  }

  private static String name(long bucket, DateUnit unit) {
    return switch (unit) {
      case DAY -> LocalDate.ofEpochDay(bucket).toString();
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", Math.floorDiv(bucket, 12), Math.floorMod(bucket, 12) + 1);
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", bucket);
    };
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
          lastCount = buckets.computeIfAbsent(bucket(day, unit), k -> new int[1]);
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
