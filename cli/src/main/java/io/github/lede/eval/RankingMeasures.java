package io.github.lede.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * P@k, nDCG@k and average precision cut at k, computed as trec_eval 9 and 10 compute {@code P.k},
 * {@code ndcg_cut.k} and {@code map_cut.k} on a ranked list already in trec_eval's order
 * ({@link TrecRun#trecOrder}). Judgments map a document to its grade: 1 or more is relevant, and the grade
 * is its gain; documents not judged count as not relevant.
 */
public final class RankingMeasures {
  private RankingMeasures() {}

  /** Relevant documents among the first k, over k: a shorter list is padded with non-relevant ones. */
  public static double precision(List<String> ranked, Map<String, Integer> judged, int k) {
    int relevant = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grade(judged, ranked.get(i)) >= 1) {
        relevant++;
      }
    }
    return (double) relevant / k;
  }

  /**
   * Discounted cumulative gain of the first k (gain over log2 of rank + 1), over the same for the best
   * possible first k built from all the topic's judged grades; 0 when the topic has no relevant document.
   */
  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int gain = grade(judged, ranked.get(i));
      if (gain > 0) {
        dcg += gain / log2(i + 2);
      }
    }
    List<Integer> gains = new ArrayList<>();
    for (int g : judged.values()) {
      if (g > 0) {
        gains.add(g);
      }
    }
    gains.sort(Comparator.reverseOrder());
    double ideal = 0;
    for (int i = 0; i < Math.min(k, gains.size()); i++) {
      ideal += gains.get(i) / log2(i + 2);
    }
    return ideal > 0 ? dcg / ideal : 0;
  }

  /**
   * The precision at each relevant document among the first k, summed and divided by all the topic's
   * relevant documents (not only those within k); 0 when there are none.
   */
  public static double averagePrecision(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevantTotal = judged.values().stream().filter(g -> g >= 1).count();
    if (relevantTotal == 0) {
      return 0;
    }
    int found = 0;
    double sum = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grade(judged, ranked.get(i)) >= 1) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevantTotal;
  }

  private static int grade(Map<String, Integer> judged, String doc) {
    return judged.getOrDefault(doc, 0);
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
