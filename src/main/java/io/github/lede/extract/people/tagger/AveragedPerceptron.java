package io.github.lede.extract.people.tagger;

/**
 * Collins' structured perceptron with averaging: decode a sequence with the current weights, and where the
 * best sequence differs from the gold one, add the gold tags' features and take away the predicted ones'.
 * The averaged weights (each weight's mean over every step) are what generalise; they are kept with the
 * usual trick of a second accumulator weighted by the step count, so averaging costs one pass at the end.
 */
public final class AveragedPerceptron {
  private static final int K = Bilou.COUNT;

  private final int bits;
  private final int mask;
  private final double[] w;
  private final double[] u;
  private final double[] tw = new double[(K + 1) * K];
  private final double[] tu = new double[(K + 1) * K];
  private final Viterbi viterbi = new Viterbi();
  private double[] scores = new double[64 * K];
  private int[] predicted = new int[64];
  private long step = 1;

  public AveragedPerceptron(int bits) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.w = new double[(1 << bits) * K];
    this.u = new double[(1 << bits) * K];
  }

  /** Learns from one sequence; returns whether the current weights already tagged it right. */
  public boolean learn(FeatureRows.Frozen x, int[] gold) {
    int n = x.length();
    if (scores.length < n * K) {
      scores = new double[n * K * 2];
      predicted = new int[n * 2];
    }
    int[] f = x.features();
    int[] starts = x.starts();
    java.util.Arrays.fill(scores, 0, n * K, 0);
    for (int p = 0; p < n; p++) {
      for (int i = starts[p]; i < starts[p + 1]; i++) {
        int b = (f[i] & mask) * K;
        for (int t = 0; t < K; t++) {
          scores[p * K + t] += w[b + t];
        }
      }
    }
    viterbi.decode(scores, n, tw, predicted);
    boolean right = true;
    int previousGold = K;
    int previousPredicted = K;
    for (int p = 0; p < n; p++) {
      int g = gold[p];
      int q = predicted[p];
      if (g != q) {
        right = false;
        for (int i = starts[p]; i < starts[p + 1]; i++) {
          int b = (f[i] & mask) * K;
          add(w, u, b + g, 1);
          add(w, u, b + q, -1);
        }
      }
      if (g != q || previousGold != previousPredicted) {
        add(tw, tu, previousGold * K + g, 1);
        add(tw, tu, previousPredicted * K + q, -1);
      }
      previousGold = g;
      previousPredicted = q;
    }
    step++;
    return right;
  }

  private void add(double[] weights, double[] sums, int i, double d) {
    weights[i] += d;
    sums[i] += step * d;
  }

  /** The averaged weights as a tagger. */
  public LinearTagger average() {
    return averageOf(java.util.List.of(this));
  }

  /**
   * The mean of several perceptrons' averaged weights, trained on the same data in different orders: one
   * model that decides as the group does, steadier than any member on the cases the data says little about.
   */
  public static LinearTagger averageOf(java.util.List<AveragedPerceptron> members) {
    AveragedPerceptron first = members.get(0);
    float[] emission = new float[first.w.length];
    double[] transition = new double[first.tw.length];
    for (AveragedPerceptron m : members) {
      for (int i = 0; i < emission.length; i++) {
        emission[i] += (float) ((m.w[i] - m.u[i] / m.step) / members.size());
      }
      for (int i = 0; i < transition.length; i++) {
        transition[i] += (m.tw[i] - m.tu[i] / m.step) / members.size();
      }
    }
    return new LinearTagger(first.bits, emission, transition);
  }
}
