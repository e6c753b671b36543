package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.Bilou;
import io.github.lede.extract.people.tagger.FeatureRows;
import io.github.lede.extract.people.tagger.LinearTagger;
import io.github.lede.extract.people.tagger.TaggerModel;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Tags the runs of an article with a trained model, in one or two passes: the first reads each token's
 * own features and the rules' verdicts; the second, when the model has one, adds what the first pass
 * tagged elsewhere in the article, so that "Okafor" alone is read in the light of "Hana Okafor" above.
 * Each run is decoded alone (Viterbi over its tokens): linear in the text. Thread-safe; scratch buffers
 * are per thread.
 */
final class NameTagger {
  private final LinearTagger first;
  private final LinearTagger second;
  private final NameFeatures features = new NameFeatures();
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
  /** Features of the first pass kept for the second (4 MB): an ordinary article's are a few tens of thousands. */
  private static final int KEPT_FEATURES = 1 << 20;

  private static final class Scratch {
    final FeatureRows rows = new FeatureRows();
    final FeatureRows more = new FeatureRows();
    final LinearTagger.Decoder decoder = new LinearTagger.Decoder();
    int[] out = new int[32];
    int[] forbidden = new int[32];
  }

  NameTagger(TaggerModel model) {
    if (model.passes().isEmpty() || model.passes().size() > 2) {
      throw new IllegalArgumentException("a people model has one or two passes, not " + model.passes().size());
    }
    this.first = model.passes().get(0);
    this.second = model.passes().size() > 1 ? model.passes().get(1) : null;
  }

  NameTagger(LinearTagger first, LinearTagger second) {
    this.first = first;
    this.second = second;
  }

  /** Tags every run of the fields: {@link NameRuns#firstPass}, then {@link NameRuns#tags}. */
  void tag(List<NameRuns> fields, ArticleEvidence doc) {
    Scratch s = scratch.get();
    s.rows.clear();
    // The first pass's features are kept for the second while they fit in KEPT_FEATURES; past that (a very
    // long article) each run's are made again, so the buffers stay bounded whatever the article's length.
    boolean kept = true;
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
        if (s.rows.size() > KEPT_FEATURES) {
          s.rows.clear();
          kept = false;
        }
        int from = f.runFrom(r);
        int to = f.runTo(r);
        int row = s.rows.rows();
        features.first(f, doc, from, to, s.rows);
        decode(s, first, null, f, row, from, to, f.firstPass);
      }
    }
    if (second == null) {
      for (NameRuns f : fields) {
        System.arraycopy(f.firstPass, 0, f.tags, 0, f.tags.length);
      }
      return;
    }
    doc.addFirstPass(fields);
    s.more.clear();
    int row = 0;
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
        int from = f.runFrom(r);
        int to = f.runTo(r);
        if (!kept) {
          s.rows.clear();
          s.more.clear();
          row = 0;
          features.first(f, doc, from, to, s.rows);
        }
        features.second(f, doc, from, to, s.more);
        decode(s, second, s.more, f, row, from, to, f.tags);
        row += to - from;
      }
    }
  }

  private static void decode(Scratch s, LinearTagger model, FeatureRows more, NameRuns f, int row, int from,
      int to, byte[] into) {
    int n = to - from;
    if (s.out.length < n) {
      s.out = new int[n * 2];
      s.forbidden = new int[n * 2];
    }
    s.decoder.tag(model, s.rows, more, row, n, forbidden(f, from, to, s.forbidden), s.out);
    for (int i = 0; i < n; i++) {
      into[from + i] = (byte) s.out[i];
    }
  }

  /**
   * Tags no name may take at each position of the run: a particle ("bin", "de") never ends a name, nor
   * stands alone as one. A bit per tag, for the decoder.
   */
  private static int[] forbidden(NameRuns f, int from, int to, int[] into) {
    for (int t = from; t < to; t++) {
      boolean particle = !f.tokens.capitalised(t) && f.tokens.in(t, WordList.NAME_PARTICLES);
      into[t - from] = particle ? 1 << Bilou.L | 1 << Bilou.U : 0;
    }
    return into;
  }

  /**
   * What decided the span [from, to) the tagger tagged, for an explanation: the three feature templates that
   * pulled hardest towards the tags it took rather than "outside", summed over the span's tokens, with their
   * summed weight ("the rules' verdict +22.7"). Recomputes the run's features; only
   * asked for when a caller wants reasons that detailed.
   */
  String topFeatures(NameRuns f, ArticleEvidence doc, int from, int to) {
    int r = runOf(f, from);
    int runFrom = f.runFrom(r);
    int runTo = f.runTo(r);
    FeatureRows rows = FeatureRows.recordingTemplates();
    features.first(f, doc, runFrom, runTo, rows);
    LinearTagger model = first;
    FeatureRows more = null;
    if (second != null) {
      more = FeatureRows.recordingTemplates();
      features.second(f, doc, runFrom, runTo, more);
      model = second;
    }
    java.util.Map<String, Double> pull = new java.util.HashMap<>();
    for (int p = from; p < to; p++) {
      add(pull, model, rows, p - runFrom, f.tags[p]);
      if (more != null) {
        add(pull, model, more, p - runFrom, f.tags[p]);
      }
    }
    StringBuilder sb = new StringBuilder();
    pull.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
        .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey())
            .append(String.format(java.util.Locale.ROOT, " %+.1f", e.getValue())));
    return sb.toString();
  }

  private static void add(java.util.Map<String, Double> pull, LinearTagger model, FeatureRows rows, int row, int tag) {
    int[] f = rows.features();
    for (int i = rows.rowStart(row); i < rows.rowEnd(row); i++) {
      double w = model.weight(f[i], tag) - model.weight(f[i], Bilou.O);
      pull.merge(NameFeatures.templateName(rows.template(i)), w, Double::sum);
    }
  }

  /** The run holding token {@code t}: runs are in text order and do not overlap. */
  private static int runOf(NameRuns f, int t) {
    int lo = 0;
    int hi = f.runCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (f.runFrom(mid) <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The spans tagged as names in a field, as [from, to) token pairs in order. */
  static int[] spans(byte[] tags) {
    int[] out = new int[8];
    int count = 0;
    int open = -1;
    for (int t = 0; t < tags.length; t++) {
      int tag = tags[t];
      int from = tag == Bilou.U ? t : tag == Bilou.L ? open : -1;
      if (tag == Bilou.B) {
        open = t;
      }
      if (from >= 0) {
        if (count + 2 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = from;
        out[count++] = t + 1;
      }
    }
    return java.util.Arrays.copyOf(out, count);
  }
}
