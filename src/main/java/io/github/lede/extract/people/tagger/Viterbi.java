package io.github.lede.extract.people.tagger;

/**
 * Exact best BILOU tag sequence under a first-order model: per-position tag scores plus a score for each
 * pair of adjacent tags, over the transitions {@link Bilou#allowed} lets through. Linear in the length.
 */
public final class Viterbi {
  private double[] best = new double[64 * Bilou.COUNT];
  private int[] back = new int[64 * Bilou.COUNT];

  /**
   * Decodes {@code n} positions. {@code emission[p * COUNT + t]} scores tag t at position p;
   * {@code transition[from * COUNT + to]} scores adjacent tags, with row {@link Bilou#COUNT} for the start.
   */
  public void decode(double[] emission, int n, double[] transition, int[] out) {
    int k = Bilou.COUNT;
    if (best.length < n * k) {
      best = new double[n * k * 2];
      back = new int[n * k * 2];
    }
    for (int t = 0; t < k; t++) {
      best[t] = Bilou.allowed(Bilou.O, t) ? emission[t] + transition[k * k + t] : Double.NEGATIVE_INFINITY;
    }
    for (int p = 1; p < n; p++) {
      for (int t = 0; t < k; t++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int s = 0; s < k; s++) {
          if (Bilou.allowed(s, t)) {
            double v = best[(p - 1) * k + s] + transition[s * k + t];
            if (v > top) {
              top = v;
              arg = s;
            }
          }
        }
        best[p * k + t] = top + emission[p * k + t];
        back[p * k + t] = arg;
      }
    }
    int arg = Bilou.O;
    double top = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < k; t++) {
      if (Bilou.canEnd(t) && best[(n - 1) * k + t] > top) {
        top = best[(n - 1) * k + t];
        arg = t;
      }
    }
    for (int p = n - 1; p >= 0; p--) {
      out[p] = arg;
      arg = back[p * k + arg];
    }
  }
}
