package io.github.lede.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precision, recall and F1 of found date mentions against gold ones, summed over documents: strict spans
 * (the same offsets), relaxed spans (any overlap, each mention matched at most once) and values (relaxed
 * matches whose values are equal), plus the share of relaxed matches whose value is right.
 */
public final class DateScores {
  private int gold;
  private int found;
  private int strict;
  private int relaxed;
  private int values;

  /** How one document's found mentions line up with its gold ones. */
  public record Alignment(List<DateSpan[]> matched, List<DateSpan> missed, List<DateSpan> spurious) {}

  /** Adds one document and returns how its mentions aligned. */
  public Alignment add(List<DateSpan> goldSpans, List<DateSpan> foundSpans) {
    gold += goldSpans.size();
    found += foundSpans.size();
    List<DateSpan> g = sorted(goldSpans);
    List<DateSpan> f = sorted(foundSpans);
    boolean[] usedExact = new boolean[f.size()];
    for (DateSpan x : g) {
      for (int k = 0; k < f.size(); k++) {
        if (!usedExact[k] && f.get(k).start() == x.start() && f.get(k).end() == x.end()) {
          usedExact[k] = true;
          strict++;
          break;
        }
      }
    }
    // Relaxed: in text order, each gold mention takes the first unused found mention that overlaps it.
    boolean[] used = new boolean[f.size()];
    List<DateSpan[]> matched = new ArrayList<>();
    List<DateSpan> missed = new ArrayList<>();
    int from = 0;
    for (DateSpan x : g) {
      while (from < f.size() && f.get(from).end() <= x.start()) {
        from++;
      }
      int hit = -1;
      for (int k = from; k < f.size() && f.get(k).start() < x.end(); k++) {
        if (!used[k] && f.get(k).overlaps(x)) {
          hit = k;
          break;
        }
      }
      if (hit < 0) {
        missed.add(x);
        continue;
      }
      used[hit] = true;
      relaxed++;
      matched.add(new DateSpan[] {x, f.get(hit)});
      if (x.value() != null && x.value().equals(f.get(hit).value())) {
        values++;
      }
    }
    List<DateSpan> spurious = new ArrayList<>();
    for (int k = 0; k < f.size(); k++) {
      if (!used[k]) {
        spurious.add(f.get(k));
      }
    }
    return new Alignment(matched, missed, spurious);
  }

  private static List<DateSpan> sorted(List<DateSpan> spans) {
    List<DateSpan> s = new ArrayList<>(spans);
    s.sort(Comparator.comparingInt(DateSpan::start).thenComparingInt(DateSpan::end));
    return s;
  }

  public int gold() {
    return gold;
  }

  public int found() {
    return found;
  }

  public Prf strict() {
    return new Prf(strict, found, gold);
  }

  public Prf relaxed() {
    return new Prf(relaxed, found, gold);
  }

  public Prf value() {
    return new Prf(values, found, gold);
  }

  /** Value accuracy: the share of relaxed matches whose value is right. */
  public double accuracy() {
    return relaxed == 0 ? 0 : (double) values / relaxed;
  }
}
