package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.Bilou;
import io.github.lede.extract.people.tagger.FeatureRows;
import io.github.lede.extract.people.tagger.LinearTagger;
import io.github.lede.extract.people.tagger.TaggerModel;
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
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
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
      Token k = f.tokens.get(t);
      into[t - from] = !k.capitalised && Lexicon.PARTICLES.contains(k.key) ? 1 << Bilou.L | 1 << Bilou.U : 0;
    }
    return into;
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
