package io.github.lede.search;

import io.github.lede.model.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the values of a sorted-set doc-values field (people, sources) over the articles a query matches:
 * per segment by ordinal into an array, then merged across segments by value. Each article counts once per
 * value. No scores are computed.
 */
public final class TermFacets {
  private TermFacets() {}

  /** The {@code top} most frequent values, most articles first, ties by value. */
  public static List<FacetCount> top(IndexSearcher searcher, Query query, String field, int top) throws IOException {
    Map<String, Long> counts = searcher.search(query, new Manager(field));
    List<FacetCount> out = new ArrayList<>(counts.size());
    counts.forEach((value, n) -> out.add(new FacetCount(value, n)));
    out.sort(Comparator.comparingLong(FacetCount::articles).reversed().thenComparing(FacetCount::value));
    return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
  }

  private record Manager(String field) implements CollectorManager<Counter, Map<String, Long>> {
    @Override
    public Counter newCollector() {
      return new Counter(field);
    }

    @Override
    public Map<String, Long> reduce(Collection<Counter> collectors) throws IOException {
      Map<String, Long> all = new HashMap<>();
      for (Counter c : collectors) {
        c.flush();
        c.totals.forEach((k, v) -> all.merge(k, v, Long::sum));
      }
      return all;
    }
  }

  /** Counts ordinals within a segment, turning them into values when the segment is done. */
  private static final class Counter extends SimpleCollector {
    private final String field;
    private final Map<String, Long> totals = new HashMap<>();
    private SortedSetDocValues values;
    private int[] perOrdinal;

    Counter(String field) {
      this.field = field;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values = DocValues.getSortedSet(context.reader(), field);
      long n = values.getValueCount();
      perOrdinal = n > 0 ? new int[Math.toIntExact(n)] : null;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (perOrdinal != null && values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          perOrdinal[(int) values.nextOrd()]++;
        }
      }
    }

    void flush() throws IOException {
      if (perOrdinal == null) {
        return;
      }
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          totals.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrdinal[ord], Long::sum);
        }
      }
      perOrdinal = null;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
