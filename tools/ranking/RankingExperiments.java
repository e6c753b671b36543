// Ranking experiments behind the README's Ranking section: every figure there that `lede eval ranking` does
// not print comes from this file. Run from the checkout, after `./lede` has built the CLI jar and a Reuters
// index exists (./lede index ../shared/corpus/reuters21578.jsonl --index /tmp/reuters):
//
//   java --add-modules jdk.incubator.vector -cp cli/target/lede-cli.jar tools/ranking/RankingExperiments.java \
//       /tmp/reuters /tmp/ranking-variants
//
// It copies the index's article text into one index per stemmer (Porter, KStem, minimal English, none),
// builds each query shape with Lucene directly (the chosen default's shape reproduces `lede eval ranking`'s
// figures), scores them with lede's own measures, and cross-validates the knobs over the 24 topics. About
// twenty minutes on two cores, most of it the joint grid's 1,440 settings.
import io.github.lede.eval.*;
import io.github.lede.index.Schema;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.en.*;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.*;
import org.apache.lucene.analysis.tokenattributes.*;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.*;
import org.apache.lucene.search.similarities.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

public class RankingExperiments {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: RankingExperiments LEDE_INDEX VARIANTS_DIR");
      System.exit(2);
    }
    Exp.variants = Path.of(args[1]);
    for (String stemmer : List.of("porter", "kstem", "minimal", "none")) {
      Path dst = Exp.variants.resolve(stemmer);
      if (!Files.exists(dst.resolve("complete"))) {
        Build.copy(stemmer, Path.of(args[0]), dst);
        Files.writeString(dst.resolve("complete"), "");
      }
    }
    Exp.topics = Topics.read(Exp.DATA.resolve("queries-dev.tsv"));
    Exp.qrels = Qrels.read(Exp.DATA.resolve("qrels-dev.txt"));
    experiments();
  }

  /** The README's tables: the steps to the default, the alternatives, per-topic changes, cross-validation. */
  static void experiments() throws Exception {
    Exp.Config old = Exp.Config.base().name("old default");
    Exp.Config body = old.name("body only").weights(Exp.lhm("body", 1f));
    Exp.Config hb = old.name("no boosts").weights(Exp.lhm("headline", 1f, "caption", 1f, "body", 1f));
    Exp.Config an = hb.name("+ k1 0.9 b 0.4").defaultBm25(0.9f, 0.4f);
    Exp.Config fin = an.name("+ adjacency (new default)").prox(1f, 0, "body", false);
    for (Exp.Config c : List.of(old, body, hb, an, fin)) Exp.report(c);
    System.out.println("-- alternatives on top of the new default");
    for (String s : List.of("kstem", "minimal", "none")) Exp.report(fin.name("stemmer " + s).stemmer(s));
    Exp.report(fin.name("BM25F (CombinedFieldQuery)").combined(true));
    Exp.report(fin.name("window of 5 words").prox(1f, 5, "body", false));
    Exp.report(fin.name("adjacent pairs").prox(1f, 0, "body", true));
    Exp.report(fin.name("adjacency in body and headline").prox(1f, 0, "body,headline", false));
    Exp.report(fin.name("person names as a default field")
        .weights(Exp.lhm("headline", 1f, "caption", 1f, "body", 1f, "person_name", 1f)));
    Exp.report(fin.name("old boosts (headline 3, caption 1.5)")
        .weights(Exp.lhm("headline", 3f, "caption", 1.5f, "body", 1f)));
    Exp.report(hb.name("no boosts + adjacency, Lucene's BM25").prox(1f, 0, "body", false));
    Exp.report(an.name("k1 0.9 b 0.4, BM25F, no adjacency").combined(true));
    Exp.compare("+ adjacency (new default)", "old default");
    Exp.compare("+ adjacency (new default)", "no boosts");
    System.out.println("-- cross-validation: adjacency weight and window");
    List<Exp.Config> g = new ArrayList<>();
    g.add(an);
    for (int s : new int[] {0, 2, 5, 10, 20}) for (float w : new float[] {0.5f, 1f, 2f}) g.add(an.name("prox s" + s + " w" + w).prox(w, s, "body", false));
    Exp.leaveOneOut(g, true);
    Exp.twoFold(g, 50);
    System.out.println("-- cross-validation: BM25 k1, b");
    g = new ArrayList<>();
    for (float k1 : new float[] {0.6f, 0.9f, 1.2f, 1.5f, 2f}) for (float b : new float[] {0.2f, 0.3f, 0.4f, 0.5f, 0.75f, 0.9f}) g.add(fin.name("bm25 k1=" + k1 + " b=" + b).defaultBm25(k1, b));
    Exp.leaveOneOut(g, true);
    Exp.twoFold(g, 50);
    System.out.println("-- cross-validation: headline weight");
    g = new ArrayList<>();
    for (float hw : new float[] {0.5f, 0.75f, 1f, 1.5f, 2f, 3f}) g.add(fin.name("hw=" + hw).weights(Exp.lhm("headline", hw, "caption", 1f, "body", 1f)));
    Exp.leaveOneOut(g, true);
    Exp.twoFold(g, 50);
    System.out.println("-- cross-validation: stemmer");
    g = new ArrayList<>();
    for (String s : List.of("porter", "kstem", "minimal", "none")) g.add(fin.name("stem " + s).stemmer(s));
    Exp.leaveOneOut(g, true);
    Exp.twoFold(g, 50);
    System.out.println("-- cross-validation: stemmer x k1 x b x headline weight x adjacency, all at once");
    g = new ArrayList<>();
    for (String st : List.of("porter", "kstem", "minimal"))
      for (float k1 : new float[] {0.6f, 0.9f, 1.2f})
        for (float b : new float[] {0.3f, 0.4f, 0.5f, 0.75f})
          for (float hw : new float[] {0.5f, 1f, 2f, 3f})
            for (int s : new int[] {-1, 0, 5, 10})
              for (float w : (s < 0 ? new float[] {0f} : new float[] {0.5f, 1f, 2f})) {
                Exp.Config c = hb.name(st + " k1=" + k1 + " b=" + b + " hw=" + hw + " s" + s + " w" + w).stemmer(st)
                    .defaultBm25(k1, b).weights(Exp.lhm("headline", hw, "caption", 1f, "body", 1f));
                g.add(s >= 0 ? c.prox(w, s, "body", false) : c);
              }
    Exp.leaveOneOut(g, true);
    Exp.twoFold(g, 50);
  }

  /** Copies the article text of a lede index into a new index analysed with another stemmer. */
  static final class Build {
    public static Analyzer english(String stemmer) {
      return new StopwordAnalyzerBase(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream r = new EnglishPossessiveFilter(source);
          r = new LowerCaseFilter(r);
          r = new StopFilter(r, stopwords);
          r = switch (stemmer) {
            case "porter" -> new PorterStemFilter(r);
            case "kstem" -> new KStemFilter(r);
            case "minimal" -> new EnglishMinimalStemFilter(r);
            case "none" -> r;
            default -> throw new IllegalArgumentException(stemmer);
          };
          return new TokenStreamComponents(source, r);
        }
        @Override
        protected TokenStream normalize(String field, TokenStream in) {
          return new LowerCaseFilter(in);
        }
      };
    }
  
    static void copy(String stemmer, Path src, Path dst) throws IOException {
      Analyzer an = new PerFieldAnalyzerWrapper(english(stemmer), Map.of(Schema.PERSON_NAME, new StandardAnalyzer()));
      try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(src));
           IndexWriter w = new IndexWriter(FSDirectory.open(dst), new IndexWriterConfig(an).setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256))) {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        int n = 0;
        for (LeafReaderContext leaf : r.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields sf = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live != null && !live.get(d)) continue;
            Document in = sf.document(d);
            if (in.get(Schema.ID) == null) continue; // quote children
            Document out = new Document();
            out.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.NO));
            out.add(new StringField(Schema.ID, in.get(Schema.ID), Field.Store.YES));
            out.add(new Field(Schema.HEADLINE, in.get(Schema.HEADLINE), t));
            out.add(new Field(Schema.BODY, in.get(Schema.BODY), t));
            for (String c : in.getValues(Schema.CAPTION)) out.add(new Field(Schema.CAPTION, c, t));
            for (String p : in.getValues(Schema.PERSON)) out.add(new TextField(Schema.PERSON_NAME, p, Field.Store.NO));
            w.addDocument(out);
            n++;
          }
        }
        w.forceMerge(1);
        System.out.println(stemmer + ": " + n + " articles copied");
      }
    }
  }

  static final class Exp {
    static final Path DATA = Path.of("..", "shared", "data", "dev", "reuters-topics");
    static Path variants;
    static List<Topics.Topic> topics;
    static Qrels qrels;
    static Map<String, IndexSearcher> searchers = new HashMap<>();
    static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
  
    /** One configuration of the ranking. */
    record Config(String name, String stemmer, Map<String, Float> weights, Map<String, float[]> bm25,
        float[] defaultBm25, boolean combined, float proxWeight, int slop, String proxFields, boolean pairs) {
      static Config base() {
        return new Config("base", "porter", lhm("headline", 3f, "caption", 1.5f, "body", 1f), Map.of(),
            new float[] {1.2f, 0.75f}, false, 0, 0, "", false);
      }
      Config name(String n) { return new Config(n, stemmer, weights, bm25, defaultBm25, combined, proxWeight, slop, proxFields, pairs); }
      Config stemmer(String s) { return new Config(name, s, weights, bm25, defaultBm25, combined, proxWeight, slop, proxFields, pairs); }
      Config weights(Map<String, Float> w) { return new Config(name, stemmer, w, bm25, defaultBm25, combined, proxWeight, slop, proxFields, pairs); }
      Config bm25(Map<String, float[]> p) { return new Config(name, stemmer, weights, p, defaultBm25, combined, proxWeight, slop, proxFields, pairs); }
      Config defaultBm25(float k1, float b) { return new Config(name, stemmer, weights, bm25, new float[] {k1, b}, combined, proxWeight, slop, proxFields, pairs); }
      Config combined(boolean c) { return new Config(name, stemmer, weights, bm25, defaultBm25, c, proxWeight, slop, proxFields, pairs); }
      Config prox(float w, int s, String fields, boolean p) { return new Config(name, stemmer, weights, bm25, defaultBm25, combined, w, s, fields, p); }
    }
  
    static Map<String, Float> lhm(Object... kv) {
      Map<String, Float> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Float) kv[i + 1]);
      return m;
    }
  
    static IndexSearcher searcher(String stemmer) throws IOException {
      IndexSearcher s = searchers.get(stemmer);
      if (s == null) {
        s = new IndexSearcher(DirectoryReader.open(FSDirectory.open(variants.resolve(stemmer))));
        searchers.put(stemmer, s);
      }
      return s;
    }
  
    static List<String> terms(Analyzer an, String field, String text) throws IOException {
      List<String> out = new ArrayList<>();
      try (TokenStream ts = an.tokenStream(field, text)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) out.add(t.toString());
        ts.end();
      }
      return out;
    }
  
    static Similarity similarity(Config c) {
      return new PerFieldSimilarityWrapper() {
        final Map<String, Similarity> per = new HashMap<>();
        final Similarity def = new BM25Similarity(c.defaultBm25()[0], c.defaultBm25()[1]);
        {
          c.bm25().forEach((f, p) -> per.put(f, new BM25Similarity(p[0], p[1])));
        }
        @Override
        public Similarity get(String name) {
          return per.getOrDefault(name, def);
        }
      };
    }
  
    static Query query(Config c, String text) throws IOException {
      Analyzer an = Build.english(c.stemmer());
      List<String> words = terms(an, "body", text);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String w : words) {
        if (c.combined()) {
          CombinedFieldQuery.Builder cf = new CombinedFieldQuery.Builder();
          c.weights().forEach(cf::addField);
          cf.addTerm(new BytesRef(w));
          b.add(cf.build(), BooleanClause.Occur.SHOULD);
        } else {
          BooleanQuery.Builder per = new BooleanQuery.Builder();
          c.weights().forEach((f, wt) -> per.add(new BoostQuery(new TermQuery(new Term(f, w)), wt), BooleanClause.Occur.SHOULD));
          b.add(per.build(), BooleanClause.Occur.SHOULD);
        }
      }
      if (c.proxWeight() > 0 && words.size() > 1) {
        List<List<String>> groups = new ArrayList<>();
        if (c.pairs()) {
          for (int i = 1; i < words.size(); i++) groups.add(List.of(words.get(i - 1), words.get(i)));
        } else {
          groups.add(words);
        }
        for (String f : c.proxFields().split(",")) {
          for (List<String> g : groups) {
            PhraseQuery.Builder pq = new PhraseQuery.Builder().setSlop(c.slop());
            for (String w : g) pq.add(new Term(f, w));
            float fw = c.weights().getOrDefault(f, 1f);
            b.add(new BoostQuery(pq.build(), c.proxWeight() * (c.combined() ? 1f : fw)), BooleanClause.Occur.SHOULD);
          }
        }
      }
      return new BooleanQuery.Builder().add(b.build(), BooleanClause.Occur.MUST).add(ARTICLES, BooleanClause.Occur.FILTER).build();
    }
  
    /** Per-topic [p10, ndcg10, map100, recall1000] in topic order. */
    static double[][] evaluate(Config c) throws IOException {
      IndexSearcher s = searcher(c.stemmer());
      s.setSimilarity(similarity(c));
      StoredFields sf = s.storedFields();
      double[][] out = new double[topics.size()][];
      for (int i = 0; i < topics.size(); i++) {
        Topics.Topic t = topics.get(i);
        TopDocs top = s.search(query(c, t.query()), 1000);
        List<TrecRun.Entry> e = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) e.add(TrecRun.Entry.of(sf.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID), sd.score));
        List<String> ranked = TrecRun.docs(TrecRun.trecOrder(e));
        Map<String, Integer> j = qrels.of(t.id());
        long rel = j.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream().filter(d -> j.getOrDefault(d, 0) > 0).count();
        out[i] = new double[] {RankingMeasures.precision(ranked, j, 10), RankingMeasures.ndcg(ranked, j, 10),
            RankingMeasures.averagePrecision(ranked, j, 100), (double) found / rel};
      }
      return out;
    }
  
    static double[] mean(double[][] per) {
      double[] m = new double[per[0].length];
      for (double[] r : per) for (int k = 0; k < m.length; k++) m[k] += r[k] / per.length;
      return m;
    }
  
    static String fmt(double[] m) {
      return String.format(Locale.ROOT, "P@10 %.3f  nDCG@10 %.3f  MAP@100 %.3f  R@1000 %.3f", m[0], m[1], m[2], m[3]);
    }
  
    static final Map<String, double[][]> cache = new LinkedHashMap<>();
  
    static double[][] run(Config c) throws IOException {
      double[][] r = evaluate(c);
      cache.put(c.name(), r);
      return r;
    }
  
    static void report(Config c) throws IOException {
      double[][] r = run(c);
      System.out.printf("%-48s %s%n", c.name(), fmt(mean(r)));
    }
  
    /** Wins and losses in nDCG@10 and MAP@100 against a reference. */
    static void compare(String a, String ref) {
      double[][] x = cache.get(a), y = cache.get(ref);
      StringBuilder sb = new StringBuilder();
      int wn = 0, ln = 0, wm = 0, lm = 0;
      for (int i = 0; i < x.length; i++) {
        double dn = x[i][1] - y[i][1], dm = x[i][2] - y[i][2];
        if (dn > 0.0005) wn++; else if (dn < -0.0005) ln++;
        if (dm > 0.0005) wm++; else if (dm < -0.0005) lm++;
        sb.append(String.format(Locale.ROOT, "  %-10s nDCG %+.3f  MAP %+.3f%n", topics.get(i).id(), dn, dm));
      }
      System.out.printf("%s vs %s: nDCG@10 wins %d losses %d; MAP@100 wins %d losses %d%n", a, ref, wn, ln, wm, lm);
      System.out.print(sb);
    }
  
    /**
     * Leave-one-out over the topics: for each topic, the configuration with the best mean (nDCG@10 + MAP@100) on
     * the other topics, scored on the topic left out. Returns the mean of the held-out figures.
     */
    static double[] leaveOneOut(List<Config> grid, boolean verbose) throws IOException {
      List<double[][]> res = new ArrayList<>();
      for (Config c : grid) res.add(cache.containsKey(c.name()) ? cache.get(c.name()) : run(c));
      int n = topics.size();
      double[][] held = new double[n][];
      Map<String, Integer> chosen = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        int best = -1;
        double bestScore = -1;
        for (int g = 0; g < grid.size(); g++) {
          double s = 0;
          for (int j = 0; j < n; j++) if (j != i) s += res.get(g)[j][1] + res.get(g)[j][2];
          if (s > bestScore + 1e-12) { bestScore = s; best = g; }
        }
        held[i] = res.get(best)[i];
        chosen.merge(grid.get(best).name(), 1, Integer::sum);
      }
      int bestAll = 0;
      double bestAllScore = -1;
      for (int g = 0; g < grid.size(); g++) {
        double[] m = mean(res.get(g));
        if (m[1] + m[2] > bestAllScore) { bestAllScore = m[1] + m[2]; bestAll = g; }
      }
      double[] cv = mean(held);
      System.out.printf("  in-sample best %-36s %s%n", grid.get(bestAll).name(), fmt(mean(res.get(bestAll))));
      System.out.printf("  leave-one-out  %-36s %s%n", "(" + grid.size() + " configs)", fmt(cv));
      if (verbose) System.out.println("  chosen: " + chosen);
      return cv;
    }
  
    /** 2-fold: the first 12 topics choose for the last 12 and the other way round, over several shuffles. */
    static double[] twoFold(List<Config> grid, int shuffles) throws IOException {
      List<double[][]> res = new ArrayList<>();
      for (Config c : grid) res.add(cache.containsKey(c.name()) ? cache.get(c.name()) : run(c));
      int n = topics.size();
      double[] total = new double[4];
      Random rnd = new Random(19);
      for (int s = 0; s < shuffles; s++) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) idx.add(i);
        Collections.shuffle(idx, rnd);
        double[][] held = new double[n][];
        for (int fold = 0; fold < 2; fold++) {
          Set<Integer> test = new HashSet<>(fold == 0 ? idx.subList(0, n / 2) : idx.subList(n / 2, n));
          int best = -1;
          double bestScore = -1;
          for (int g = 0; g < grid.size(); g++) {
            double sc = 0;
            for (int j = 0; j < n; j++) if (!test.contains(j)) sc += res.get(g)[j][1] + res.get(g)[j][2];
            if (sc > bestScore + 1e-12) { bestScore = sc; best = g; }
          }
          for (int j : test) held[j] = res.get(best)[j];
        }
        double[] m = mean(held);
        for (int k = 0; k < 4; k++) total[k] += m[k] / shuffles;
      }
      System.out.printf("  2-fold x%-3d    %-36s %s%n", shuffles, "(" + grid.size() + " configs)", fmt(total));
      return total;
    }

  }
}
