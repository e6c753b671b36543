package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.AveragedPerceptron;
import io.github.lede.extract.people.tagger.Bilou;
import io.github.lede.extract.people.tagger.FeatureRows;
import io.github.lede.extract.people.tagger.LinearTagger;
import io.github.lede.extract.people.tagger.TaggerModel;
import io.github.lede.model.Article;
import io.github.lede.text.ArticleTokens;
import io.github.lede.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the people tagger from texts with their person mentions marked, reproducibly: the same examples
 * and settings give the same model, bit for bit. The number of epochs of each pass is chosen on a slice of
 * the examples held back from training (never on a test split); the model is then trained on all of them
 * with those counts. The second pass learns from first-pass tags made by models that did not see the text
 * (k-fold jackknifing), so that it trusts them as much as they deserve on new text.
 */
public final class PeopleTrainer {
  /** A text and its person mentions, as [start, end) character offsets in pairs. */
  public record Example(String text, int[] people) {}

  /**
   * @param maxEpochs the most epochs tried per pass
   * @param seed      seeds the held-back slice, the folds and the order of examples in each epoch
   * @param bits      log2 of the feature buckets per pass
   * @param heldBack  the share of examples held back to choose the epochs
   * @param folds     folds of the jackknife that makes the second pass's training tags (0: one pass only)
   * @param members   perceptrons trained in different orders whose weights are averaged into one model
   */
  public record Settings(int maxEpochs, long seed, int bits, double heldBack, int folds, int members) {
    public static Settings defaults() {
      return new Settings(12, 17, 20, 0.2, 5, 3);
    }
  }

  /** The model, the epochs chosen and the held-back figures that chose them. */
  public record Result(TaggerModel model, int firstEpochs, int secondEpochs, Scored firstHeldBack,
      Scored heldBack, int unreachable, int mentions) {}

  /** A figure and how to say it: "F1 0.9534 (P 0.9530, R 0.9538)". The trainer keeps the best F1. */
  public record Scored(double f1, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Scores a people extractor on examples, as the caller's evaluation does. */
  public interface Scorer {
    Scored score(PeopleExtractor people, List<Example> examples);
  }

  private final Settings settings;
  private final Scorer scorer;
  private final Consumer<String> log;
  private final NameFeatures features = new NameFeatures();

  private PeopleTrainer(Settings settings, Scorer scorer, Consumer<String> log) {
    this.settings = settings;
    this.scorer = scorer;
    this.log = log;
  }

  /**
   * Trains on the examples; {@code scorer} scores the held-back slice to choose the epochs, {@code facts}
   * go into the model file with the settings and figures, and {@code log} hears progress.
   */
  public static Result train(List<Example> examples, Settings settings, Scorer scorer, Map<String, String> facts,
      Consumer<String> log) {
    return new PeopleTrainer(settings, scorer, log).run(examples, facts);
  }

  private static Article article(String text) {
    return Article.builder("train", "", text).build();
  }

  /** One example read as the extractor reads it, with its gold tags per run. */
  private static final class Doc {
    final Example example;
    final PeopleExtractor.ArticleRead read;
    final NameRuns body;
    final int[][] gold;
    FeatureRows.Frozen[] firstRows;

    Doc(Example example, PeopleExtractor.ArticleRead read, int[][] gold) {
      this.example = example;
      this.read = read;
      this.body = read.fields().get(read.fields().size() - 1);
      this.gold = gold;
    }
  }

  private Result run(List<Example> examples, Map<String, String> given) {
    List<Doc> docs = new ArrayList<>(examples.size());
    int[] unreachable = new int[2];
    PeopleExtractor reader = PeopleExtractor.rulesOnly();
    FeatureRows rows = new FeatureRows();
    for (Example e : examples) {
      Doc d = prepare(reader, e, unreachable);
      d.firstRows = new FeatureRows.Frozen[d.body.runCount];
      rows.clear();
      for (int r = 0; r < d.body.runCount; r++) {
        features.first(d.body, d.read.evidence(), d.body.runFrom(r), d.body.runTo(r), rows);
      }
      int row = 0;
      for (int r = 0; r < d.body.runCount; r++) {
        int n = d.body.runTo(r) - d.body.runFrom(r);
        d.firstRows[r] = rows.freeze(row, row + n);
        row += n;
      }
      docs.add(d);
    }
    log.accept(String.format(java.util.Locale.ROOT, "%d texts, %d mentions, %d not on lede's token runs",
        docs.size(), unreachable[1], unreachable[0]));

    // Hold back a slice to choose the epochs.
    List<Doc> shuffled = new ArrayList<>(docs);
    java.util.Collections.shuffle(shuffled, new Random(settings.seed()));
    int held = (int) Math.round(shuffled.size() * settings.heldBack());
    List<Doc> fit = shuffled.subList(held, shuffled.size());
    List<Doc> heldBack = shuffled.subList(0, held);
    List<Example> heldExamples = heldBack.stream().map(d -> d.example).toList();

    Choice first = new Choice();
    trainFirst(fit, settings.maxEpochs(), 1, (epoch, model) -> {
      Scored s = scorer.score(PeopleExtractor.withTagger(new NameTagger(model, null)), heldExamples);
      log.accept("first pass, epoch " + epoch + ": held back " + s);
      first.offer(epoch, model, s);
    });
    Choice second = new Choice();
    if (settings.folds() > 1) {
      jackknife(fit, first.epoch, 2);
      LinearTagger firstModel = first.model;
      trainSecond(fit, settings.maxEpochs(), 3, (epoch, model) -> {
        Scored s = scorer.score(PeopleExtractor.withTagger(new NameTagger(firstModel, model)), heldExamples);
        log.accept("second pass, epoch " + epoch + ": held back " + s);
        second.offer(epoch, model, s);
      });
    }

    // The model: every example, the chosen epochs.
    LinearTagger[] last = new LinearTagger[1];
    trainFirst(docs, first.epoch, 4, (epoch, model) -> last[0] = model);
    List<LinearTagger> passes = new ArrayList<>(List.of(last[0]));
    if (settings.folds() > 1) {
      jackknife(docs, first.epoch, 5);
      trainSecond(docs, second.epoch, 6, (epoch, model) -> last[0] = model);
      passes.add(last[0]);
    }
    Map<String, String> facts = new LinkedHashMap<>(given);
    facts.put("seed", Long.toString(settings.seed()));
    facts.put("bits", Integer.toString(settings.bits()));
    facts.put("members", Integer.toString(settings.members()));
    facts.put("held back", settings.heldBack() + " of " + docs.size() + " texts");
    facts.put("first pass epochs", Integer.toString(first.epoch));
    facts.put("first pass buckets used", Integer.toString(passes.get(0).usedBuckets()));
    facts.put("first pass held-back", first.score.toString());
    if (settings.folds() > 1) {
      facts.put("second pass epochs", Integer.toString(second.epoch));
      facts.put("second pass buckets used", Integer.toString(passes.get(1).usedBuckets()));
      facts.put("second pass held-back", second.score.toString());
      facts.put("jackknife folds", Integer.toString(settings.folds()));
    }
    return new Result(new TaggerModel(facts, passes), first.epoch, second.epoch, first.score,
        settings.folds() > 1 ? second.score : first.score, unreachable[0], unreachable[1]);
  }

  /** The epoch with the best held-back F1 so far; the earliest on a tie. */
  private static final class Choice {
    int epoch;
    LinearTagger model;
    Scored score;

    void offer(int e, LinearTagger m, Scored s) {
      if (score == null || s.f1() > score.f1()) {
        epoch = e;
        model = m;
        score = s;
      }
    }
  }

  private interface EpochDone {
    void accept(int epoch, LinearTagger model);
  }

  private void trainFirst(List<Doc> docs, int epochs, int stage, EpochDone done) {
    List<FeatureRows.Frozen> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (Doc d : docs) {
      for (int r = 0; r < d.body.runCount; r++) {
        xs.add(d.firstRows[r]);
        ys.add(d.gold[r]);
      }
    }
    epochs(xs, ys, epochs, stage, done);
  }

  private void trainSecond(List<Doc> docs, int epochs, int stage, EpochDone done) {
    List<FeatureRows.Frozen> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    FeatureRows rows = new FeatureRows();
    for (Doc d : docs) {
      d.read.evidence().addFirstPass(d.read.fields());
      for (int r = 0; r < d.body.runCount; r++) {
        rows.clear();
        features.both(d.body, d.read.evidence(), d.body.runFrom(r), d.body.runTo(r), rows);
        xs.add(rows.freeze(0, rows.rows()));
        ys.add(d.gold[r]);
      }
    }
    epochs(xs, ys, epochs, stage, done);
  }

  /**
   * Trains {@link Settings#members} perceptrons side by side, each seeing the sequences in its own seeded
   * order, and hands on the mean of their averaged weights after every epoch.
   */
  private void epochs(List<FeatureRows.Frozen> xs, List<int[]> ys, int epochs, int stage, EpochDone done) {
    List<AveragedPerceptron> members = new ArrayList<>();
    List<Random> randoms = new ArrayList<>();
    List<int[]> orders = new ArrayList<>();
    for (int m = 0; m < settings.members(); m++) {
      members.add(new AveragedPerceptron(settings.bits()));
      randoms.add(new Random(settings.seed() * 31 + stage * 7919L + m));
      int[] order = new int[xs.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      orders.add(order);
    }
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int m = 0; m < members.size(); m++) {
        int[] order = orders.get(m);
        Random random = randoms.get(m);
        for (int i = order.length - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        for (int i : order) {
          members.get(m).learn(xs.get(i), ys.get(i));
        }
      }
      done.accept(epoch, AveragedPerceptron.averageOf(members));
    }
  }

  /**
   * Gives every doc first-pass tags from a model trained on the other folds, as the second pass will meet
   * them on text the first pass never saw.
   */
  private void jackknife(List<Doc> docs, int epochs, int stage) {
    int k = settings.folds();
    for (int fold = 0; fold < k; fold++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> tag = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % k == fold ? tag : train).add(docs.get(i));
      }
      LinearTagger[] model = new LinearTagger[1];
      trainFirst(train, epochs, stage * 100 + fold, (epoch, m) -> {
        if (epoch == epochs) {
          model[0] = m;
        }
      });
      NameTagger tagger = new NameTagger(model[0], null);
      for (Doc d : tag) {
        tagger.tag(d.read.fields(), d.read.evidence());
      }
    }
  }

  private static Doc prepare(PeopleExtractor reader, Example e, int[] unreachable) {
    PeopleExtractor.ArticleRead read = reader.read(ArticleTokens.of(article(e.text())));
    NameRuns body = read.fields().get(read.fields().size() - 1);
    int[] runOf = new int[body.tokens.size()];
    java.util.Arrays.fill(runOf, -1);
    for (int r = 0; r < body.runCount; r++) {
      for (int t = body.runFrom(r); t < body.runTo(r); t++) {
        runOf[t] = r;
      }
    }
    byte[] tags = new byte[body.tokens.size()];
    int[] p = e.people();
    for (int i = 0; i + 1 < p.length; i += 2) {
      unreachable[1]++;
      int from = firstTokenAt(body.tokens, p[i]);
      int to = from;
      while (to < body.tokens.size() && body.tokens.end(to) <= p[i + 1]) {
        to++;
      }
      boolean ok = from < to && body.tokens.end(to - 1) == p[i + 1] && runOf[from] >= 0;
      for (int t = from; ok && t < to; t++) {
        ok = runOf[t] == runOf[from];
      }
      if (ok) {
        NameRuns.mark(tags, from, to);
      } else {
        unreachable[0]++;
      }
    }
    int[][] gold = new int[body.runCount][];
    for (int r = 0; r < body.runCount; r++) {
      int from = body.runFrom(r);
      gold[r] = new int[body.runTo(r) - from];
      for (int t = 0; t < gold[r].length; t++) {
        gold[r][t] = tags[from + t];
      }
      fixOpenEnds(gold[r]);
    }
    return new Doc(e, read, gold);
  }

  /** The token starting exactly at {@code start}, or past the end when none does. */
  private static int firstTokenAt(Tokens tokens, int start) {
    int t = tokens.tokenAt(start);
    return t < tokens.size() && tokens.start(t) == start ? t : tokens.size();
  }

  /** Gold tags that Viterbi could never produce (none expected) would stall learning; they are checked. */
  private static void fixOpenEnds(int[] tags) {
    int previous = Bilou.O;
    for (int tag : tags) {
      if (!Bilou.allowed(previous, tag)) {
        throw new IllegalStateException("gold tags break BILOU: " + java.util.Arrays.toString(tags));
      }
      previous = tag;
    }
  }
}
