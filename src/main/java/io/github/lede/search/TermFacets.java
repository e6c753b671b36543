package io.github.lede.search;

import io.github.lede.model.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;

/**
 * Counts the values of a sorted-set doc-values field (people, sources) over the articles a query matches.
 * Counting runs on global ordinals (one number per distinct value across all segments, from the reader's
 * {@link GlobalOrdinals}), so each match costs an array increment, and only the winning values are turned
 * back into text. Each article counts once per value. No scores are computed.
 */
public final class TermFacets {
  private TermFacets() {}

  /** The {@code top} most frequent values, most articles first, ties by value in index order. */
  public static List<FacetCount> top(IndexSearcher searcher, Query query, String field, int top) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    OrdinalMap global = GlobalOrdinals.of(reader, field);
    long values = global != null ? global.getValueCount()
        : leaves.isEmpty() ? 0 : DocValues.getSortedSet(leaves.get(0).reader(), field).getValueCount();
    if (values == 0 || top <= 0) {
      return List.of();
    }
    int[] counts = searcher.search(query, new Manager(field, global, Math.toIntExact(values)));
    // No more winners than values: a caller asking for Integer.MAX_VALUE gets every value, not a heap that size.
    return best(counts, (int) Math.min(top, values), leaves, global, field);
  }

  /** The winners by count, then turned into text through the first segment that holds each. */
  private static List<FacetCount> best(int[] counts, int top, List<LeafReaderContext> leaves, OrdinalMap global,
      String field) throws IOException {
    // A min-heap of the best ordinals so far: fewest articles at the head, and of equal ones the later value.
    PriorityQueue<Integer> heap = new PriorityQueue<>(top + 1,
        (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0 && (heap.size() < top || counts[ord] > counts[heap.peek()])) {
        heap.add(ord);
        if (heap.size() > top) {
          heap.poll();
        }
      }
    }
    List<FacetCount> out = new ArrayList<>(heap.size());
    while (!heap.isEmpty()) {
      int ord = heap.poll();
      int segment = global == null ? 0 : global.getFirstSegmentNumber(ord);
      long segmentOrd = global == null ? ord : global.getFirstSegmentOrd(ord);
      SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(segment).reader(), field);
      out.add(new FacetCount(dv.lookupOrd(segmentOrd).utf8ToString(), counts[ord]));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  private record Manager(String field, OrdinalMap global, int values) implements CollectorManager<Counter, int[]> {
    @Override
    public Counter newCollector() {
      return new Counter(field, global, new int[values]);
    }

    @Override
    public int[] reduce(Collection<Counter> collectors) {
      int[] all = null;
      for (Counter c : collectors) {
        if (all == null) {
          all = c.counts;
        } else {
          for (int i = 0; i < all.length; i++) {
            all[i] += c.counts[i];
          }
        }
      }
      return all == null ? new int[values] : all;
    }
  }

  private static final class Counter extends SimpleCollector {
    private final String field;
    private final OrdinalMap global;
    final int[] counts;
    private SortedSetDocValues values;
    private LongValues toGlobal;

    Counter(String field, OrdinalMap global, int[] counts) {
      this.field = field;
      this.global = global;
      this.counts = counts;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = DocValues.getSortedSet(context.reader(), field);
      toGlobal = global == null ? LongValues.IDENTITY : global.getGlobalOrds(context.ord);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[(int) toGlobal.get(values.nextOrd())]++;
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
}
