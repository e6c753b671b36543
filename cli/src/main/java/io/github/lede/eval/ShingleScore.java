package io.github.lede.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body score of the Zyte article-extraction benchmark, as its evaluate.py computes it: texts become
 * {@code \w+} tokens (Unicode letters, digits and the underscore, as Python's {@code re} reads {@code \w}),
 * tokens become 4-token shingles counted as multisets, and each page's true positives, false positives and
 * false negatives are normalised to sum to 1 so that long pages weigh no more than short ones. Precision is
 * the mean over pages with tp + fp > 0, recall the mean over pages with tp + fn > 0, and F1 comes from those
 * two means.
 */
public final class ShingleScore {
  /** Shingle length in tokens, as in the benchmark. */
  static final int N = 4;

  private ShingleScore() {}

  /** One page's normalised counts; all zero when both texts hold no token. */
  public record Page(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Precision, recall and F1 over a set of pages. */
  public record Result(double precision, double recall, double f1, int pages) {}

  /** Scores one page: the ground-truth body against the extracted one (null counts as empty). */
  public static Page page(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Page(0, 0, 0) : new Page(tp / sum, fp / sum, fn / sum);
  }

  /** The benchmark's means over pages, and F1 from them. */
  public static Result aggregate(List<Page> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (Page page : pages) {
      if (page.tp() + page.fp() > 0) {
        p += page.precision();
        np++;
      }
      if (page.tp() + page.fn() > 0) {
        r += page.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(precision, recall, f1, pages.size());
  }

  /**
   * The text's 4-token shingles with their counts. A text of fewer than four tokens is one shingle of all
   * its tokens; a text without tokens has none.
   */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
      out.merge(shingle, 1, Integer::sum);
    }
    return out;
  }

  /** The runs of word characters in the text, in order. */
  static List<String> tokens(String text) {
    List<String> out = new java.util.ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** Python's {@code \w} on str: alphanumeric (letters and every kind of number) or the underscore. */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
