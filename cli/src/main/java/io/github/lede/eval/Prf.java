package io.github.lede.eval;

/** Counts of an evaluation and the precision, recall and F1 they give. */
public record Prf(int correct, int found, int gold) {
  public double precision() {
    return found == 0 ? 0 : (double) correct / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
