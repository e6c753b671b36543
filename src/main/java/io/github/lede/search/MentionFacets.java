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
    return searcher.search(query, new Manager(unit));
  }

  private record Manager(DateUnit unit) implements CollectorManager<Counter, List<FacetCount>> {
    @Override
    public Counter newCollector() {
      return new Counter(unit);
    }

    @Override
    public List<FacetCount> reduce(Collection<Counter> collectors) {
      Buckets all = null;
      for (Counter c : collectors) {
        if (all == null) {
          all = c.buckets;
        } else {
          c.buckets.forEach(all::add);
        }
      }
      List<FacetCount> out = new ArrayList<>();
      if (all != null) {
        all.forEach((bucket, n) -> out.add(new FacetCount(DayBuckets.name(bucket, unit), n)));
      }
      return out;
    }
  }

  private static final int CACHE = 1 << 10;

  private static final class Counter extends SimpleCollector {
    private final DateUnit unit;
    final Buckets buckets = new Buckets();
    private SortedNumericDocValues mentions;
    /**
     * The buckets of intervals seen lately, direct-mapped by the interval's hash: the same dates recur across a
     * corpus's articles, and turning a day into its month costs a calendar computation each time.
     */
    private final long[] seen = new long[CACHE];
    private final long[] seenFirst = new long[CACHE];
    private final long[] seenEnd = new long[CACHE];

    Counter(DateUnit unit) {
      this.unit = unit;
      // No interval encodes to MIN_VALUE (its length would be 0 and its first day -2^31): an empty slot.
      java.util.Arrays.fill(seen, Long.MIN_VALUE);
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
        int slot = (int) ((interval ^ (interval >>> 29)) * 0x9E3779B97F4A7C15L >>> 54);
        if (seen[slot] != interval) {
          seen[slot] = interval;
          seenFirst[slot] = DayBuckets.of(DayIntervals.first(interval), unit);
          seenEnd[slot] = DayBuckets.of(DayIntervals.last(interval), unit);
        }
        long first = seenFirst[slot];
        long end = seenEnd[slot];
        if (end - first >= DayBuckets.MAX_PER_MENTION) {
          continue;
        }
        if (end > counted) {
          buckets.increment(Math.max(first, counted + 1), end);
          counted = end;
        }
      }
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * Counts per bucket number, in an array over the span of buckets seen so far (mentioned dates cluster in a
   * few decades: a few thousand months, some tens of thousands of days), or in a map once that span would
   * pass {@link #MAX_SPAN}, as a year-0 mention beside a year-9999 one would make it.
   */
  private static final class Buckets {
    private static final int MAX_SPAN = 1 << 20;
    private long base;
    private int[] counts;
    private Map<Long, int[]> sparse;

    /** Adds one to each bucket of {@code [from, to]}. */
    void increment(long from, long to) {
      if (sparse == null && fits(from, to)) {
        for (int at = (int) (from - base), end = (int) (to - base); at <= end; at++) {
          counts[at]++;
        }
        return;
      }
      for (long b = from; b <= to; b++) {
        sparse.computeIfAbsent(b, k -> new int[1])[0]++;
      }
    }

    /** Adds {@code n} to one bucket. */
    void add(long bucket, int n) {
      if (sparse == null && fits(bucket, bucket)) {
        counts[(int) (bucket - base)] += n;
      } else {
        sparse.computeIfAbsent(bucket, k -> new int[1])[0] += n;
      }
    }

    /** Each bucket counted, in order. */
    void forEach(Count each) {
      if (sparse != null) {
        new TreeMap<>(sparse).forEach((b, n) -> each.bucket(b, n[0]));
      } else if (counts != null) {
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0) {
            each.bucket(base + i, counts[i]);
          }
        }
      }
    }

    interface Count {
      void bucket(long bucket, int articles);
    }

    /** Makes the array cover {@code [from, to]}; false (and the counts moved to the map) when too wide. */
    private boolean fits(long from, long to) {
      if (counts == null) {
        base = from;
        counts = new int[(int) Math.max(64, to - from + 1)];
        return true;
      }
      if (from >= base && to < base + counts.length) {
        return true;
      }
      long lo = Math.min(base, from);
      long hi = Math.max(base + counts.length - 1, to);
      if (hi - lo + 1 > MAX_SPAN) {
        Map<Long, int[]> moved = new HashMap<>();
        forEach((b, n) -> moved.put(b, new int[] {n}));
        sparse = moved;
        counts = null;
        return false;
      }
      // Room to grow on the side that grew, so a slow drift does not copy the array each time.
      long span = Math.min(MAX_SPAN, Math.max(hi - lo + 1, 2L * counts.length));
      long newBase = from < base ? hi - span + 1 : lo;
      int[] grown = new int[(int) span];
      System.arraycopy(counts, 0, grown, (int) (base - newBase), counts.length);
      base = newBase;
      counts = grown;
      return true;
    }
  }
}
