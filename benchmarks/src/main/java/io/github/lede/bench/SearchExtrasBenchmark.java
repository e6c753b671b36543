package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Did-you-mean, explain and recency, each against its baseline in the same loop, alternating as
 * {@link QueryBenchmark} does (top 10, no highlights):
 * <ul>
 *   <li>{@code didyoumean}: lede's search for a misspelt common word (it finds nothing, so lede checks the
 *       spelling, writes the stem back as a word and counts the corrected query) against raw Lucene searching
 *       the same query and asking Lucene's DirectSpellChecker for the body field alone;
 *   <li>{@code explain}: lede's search with explanations against the same search without them;
 *   <li>{@code recency}: lede's search with a 30-day recency boost against the same search without it;
 *   <li>{@code recency-raw}: the same boosted search against raw Lucene running the plain query with Lucene's
 *       distance-feature clause on the publication day, reading the same stored fields.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class SearchExtrasBenchmark {
  @Param({"didyoumean", "explain", "recency", "recency-raw"})
  public String feature;

  private Lede lede;
  private DirectoryReader reader;
  private RawLucene.Side ledeSide;
  private RawLucene.Side baselineSide;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path dir = BenchIndex.get();
    QueryCases cases = new QueryCases(dir);
    lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
    reader = DirectoryReader.open(FSDirectory.open(dir));
    IndexSearcher searcher = RawLucene.searcher(reader);
    RawLucene raw = new RawLucene(searcher, Schema.analyzer());
    SearchRequest plain = SearchRequest.builder(cases.t1).size(10).highlight(false).build();
    switch (feature) {
      case "didyoumean" -> {
        String typo = misspelt(cases.t1, reader);
        SearchRequest request = plain.toBuilder().query(typo).build();
        SearchResults check = lede.search(request);
        if (check.suggestion() == null) {
          throw new IllegalStateException("no suggestion for " + typo + " (" + check.total() + " hits)");
        }
        System.out.println("did you mean: " + typo + " -> " + check.suggestion());
        Query query = raw.query(request);
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(3);
        Term term = new Term(Schema.BODY, analysed(typo));
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = bh -> {
          bh.consume(searcher.search(query, new TopScoreDocCollectorManager(11, null, 1000)));
          bh.consume(checker.suggestSimilar(term, 5, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
        };
      }
      case "explain" -> {
        SearchRequest request = plain.toBuilder().explain(true).build();
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = bh -> bh.consume(lede.search(plain));
      }
      case "recency" -> {
        SearchRequest request = plain.toBuilder().recency(Duration.ofDays(30)).build();
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = bh -> bh.consume(lede.search(plain));
      }
      case "recency-raw" -> {
        SearchRequest request = plain.toBuilder().recency(Duration.ofDays(30)).build();
        byte[] newest = PointValues.getMaxPackedValue(reader, Schema.PUBLISHED);
        long origin = LongPoint.decodeDimension(newest, 0);
        System.out.println("recency origin: " + LocalDate.ofEpochDay(origin));
        Query boosted = new BooleanQuery.Builder()
            .add(raw.query(plain), Occur.MUST)
            .add(LongField.newDistanceFeatureQuery(Schema.PUBLISHED, 1f, origin, 30), Occur.SHOULD)
            .build();
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = raw.articles(boosted, raw.query(plain), plain, null);
      }
      default -> throw new IllegalArgumentException(feature);
    }
  }

  /** The word with two inner letters swapped, absent from the index (a typo DirectSpellChecker can mend). */
  static String misspelt(String word, DirectoryReader reader) throws IOException {
    for (int i = 1; i + 2 < word.length(); i++) {
      String swapped = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
      if (reader.docFreq(new Term(Schema.BODY, swapped)) == 0 && reader.docFreq(new Term(Schema.PERSON_NAME,
          swapped)) == 0) {
        return swapped;
      }
    }
    throw new IllegalStateException("no typo of " + word + " is absent from the index");
  }

  /** The word as the body field analyses it (lower-cased and stemmed): the term the spell checker is given. */
  private static String analysed(String word) throws IOException {
    try (org.apache.lucene.analysis.TokenStream ts = Schema.analyzer().tokenStream(Schema.BODY, word)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return out;
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    lede.close();
    reader.close();
  }

  private boolean ledeFirst;

  @Benchmark
  public void pair(QueryBenchmark.Spent spent, Blackhole bh) throws IOException {
    ledeFirst = !ledeFirst;
    QueryBenchmark.alternate(spent, ledeFirst, ledeSide, baselineSide, bh);
  }
}
