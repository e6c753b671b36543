package io.github.lede.extract.quotes;

import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.model.Article;
import io.github.lede.text.ArticleTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the {@link SpeakerRanker} reproducibly (the same examples and settings give the same weights, bit for
 * bit): each text is extracted as lede extracts it, and every quote the rules leave without a speaker is a
 * decision among its {@link SpeakerCandidates}. The right candidate is the first whose name holds the gold
 * name word; when none does, nobody is right. An averaged perceptron learns from the decisions in an order
 * shuffled by the seed, for a fixed number of epochs.
 */
public final class SpeakerTrainer {
  /** A gold quote, {@code [start, end)} in the text, and the word that names its speaker (lower case), or null. */
  public record Gold(int start, int end, String word) {}

  /** A text read verbatim, and its gold quotes. */
  public record Example(String text, List<Gold> quotes) {}

  /** @param bits log2 of the feature buckets */
  public record Settings(int epochs, long seed, int bits) {
    public static Settings defaults() {
      return new Settings(10, 17, 14);
    }
  }

  /** What training saw: decisions (quotes the rules left without a speaker matched to a gold quote with a name
   * word), those whose right speaker was among the candidates, and the share the weights get right. */
  public record Result(int decisions, int reachable, double trainingAccuracy) {}

  private record Decision(int[][] features, int right) {}

  private SpeakerTrainer() {}

  /** Trains on the examples and writes the ranker, with {@code facts} and the settings in it, to {@code out}. */
  public static Result train(List<Example> examples, Settings settings, Map<String, String> facts, OutputStream out,
      Consumer<String> log) throws IOException {
    List<Decision> decisions = new ArrayList<>();
    PeopleExtractor people = new PeopleExtractor();
    for (Example e : examples) {
      // the recorder answers each choice rightly (or with nobody when the gold is unknown), so the speakers
      // before each quote are those lede would have with a perfect ranker: the decisions see what they will see
      QuoteExtractor recorder = new QuoteExtractor((q, c) -> {
        Gold g = gold(q, e.quotes());
        if (g == null || g.word() == null) {
          return c.get(c.size() - 1);
        }
        int right = right(c, g.word());
        int[][] f = new int[c.size()][];
        for (int k = 0; k < c.size(); k++) {
          f[k] = buckets(c.get(k).features(), settings.bits());
        }
        decisions.add(new Decision(f, right));
        return c.get(right);
      });
      Article article = Article.builder("train", "", e.text()).build();
      ArticleTokens tokens = ArticleTokens.of(article);
      recorder.extract(article, tokens, people.extract(article, tokens));
    }
    int reachable = 0;
    for (Decision d : decisions) {
      reachable += d.right() < d.features().length - 1 ? 1 : 0;
    }
    log.accept(String.format(Locale.ROOT, "%d texts, %d decisions, the right speaker among the candidates in %d",
        examples.size(), decisions.size(), reachable));
    int size = 1 << settings.bits();
    double[] w = new double[size];
    double[] u = new double[size];
    long step = 1;
    Random random = new Random(settings.seed());
    List<Decision> order = new ArrayList<>(decisions);
    double accuracy = 0;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int right = 0;
      for (Decision d : order) {
        int best = best(d.features(), w);
        if (best == d.right()) {
          right++;
        } else {
          for (int b : d.features()[d.right()]) {
            w[b] += 1;
            u[b] += step;
          }
          for (int b : d.features()[best]) {
            w[b] -= 1;
            u[b] -= step;
          }
        }
        step++;
      }
      accuracy = order.isEmpty() ? 0 : (double) right / order.size();
      log.accept(String.format(Locale.ROOT, "epoch %d: %.4f of the decisions right while learning", epoch, accuracy));
    }
    float[] averaged = new float[size];
    for (int i = 0; i < size; i++) {
      averaged[i] = (float) (w[i] - u[i] / step);
    }
    Map<String, String> all = new LinkedHashMap<>(facts);
    all.put("epochs", Integer.toString(settings.epochs()));
    all.put("seed", Long.toString(settings.seed()));
    all.put("decisions", Integer.toString(decisions.size()));
    new SpeakerRanker(all, settings.bits(), averaged).write(out);
    return new Result(decisions.size(), reachable, accuracy);
  }

  /** The first candidate whose name holds the gold word, else nobody (the last). */
  private static int right(List<SpeakerCandidate> c, String word) {
    for (int k = 0; k < c.size() - 1; k++) {
      if (words(c.get(k).speaker().name()).contains(word)) {
        return k;
      }
    }
    return c.size() - 1;
  }

  /** The highest-scoring candidate; ties go to the later one, as nobody (the last) wins ties in the ranker. */
  private static int best(int[][] features, double[] w) {
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < features.length; k++) {
      double s = 0;
      for (int b : features[k]) {
        s += w[b];
      }
      if (s > top || s == top && k == features.length - 1) {
        top = s;
        best = k;
      }
    }
    return best;
  }

  private static int[] buckets(String[] features, int bits) {
    int[] out = new int[features.length];
    for (int i = 0; i < features.length; i++) {
      out[i] = SpeakerRanker.bucket(features[i], bits);
    }
    return out;
  }

  /** The gold quote the span overlaps most, by at least half the shorter of the two, or null. */
  private static Gold gold(QuoteSpan q, List<Gold> golds) {
    Gold best = null;
    int top = 0;
    for (Gold g : golds) {
      int overlap = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
      if (overlap > top && 2L * overlap >= Math.min(q.end() - q.start(), g.end() - g.start())) {
        top = overlap;
        best = g;
      }
    }
    return best;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
