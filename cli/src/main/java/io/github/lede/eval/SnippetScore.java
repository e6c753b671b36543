package io.github.lede.eval;

/**
 * The body score of trafilatura's evaluation: each page lists snippets its main text must contain
 * ({@code with}) and snippets it must not ({@code without}). A {@code with} snippet found is a true
 * positive and one missing a false negative; a {@code without} snippet found is a false positive and one
 * missing a true negative. Precision, recall and F1 are taken over all snippets of all pages together.
 */
public final class SnippetScore {
  private int tp;
  private int fn;
  private int fp;
  private int tn;

  /** Counts one page's snippets against its extracted text (null when extraction failed). */
  public void page(String text, Iterable<String> with, Iterable<String> without) {
    String t = text == null ? "" : text;
    for (String s : with) {
      if (t.contains(s)) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String s : without) {
      if (t.contains(s)) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  public int truePositives() {
    return tp;
  }

  public int falseNegatives() {
    return fn;
  }

  public int falsePositives() {
    return fp;
  }

  public int trueNegatives() {
    return tn;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
