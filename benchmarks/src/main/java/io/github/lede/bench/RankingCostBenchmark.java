package io.github.lede.bench;

import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
 * What the ranking lede chose costs against the one it had, both run by raw Lucene on the same index in
 * the same loop: the new default (headline, caption and body unboosted, BM25 k1 0.9 b 0.4 on them, and the
 * adjacency phrase on the body for two or more plain words) against the old (headline 3, caption 1.5, body 1,
 * Lucene's BM25 1.2 and 0.75, no phrase). The single word differs only in its weights; two words joined by
 * AND or OR also pay for the phrase clause. Top 10 with stored fields, and highlights in the twin cases.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class RankingCostBenchmark {
  @Param({"term", "and", "or"})
  public String query;

  @Param({"false", "true"})
  public boolean highlight;

  private DirectoryReader reader;
  private RawLucene.Side newDefault;
  private RawLucene.Side oldDefault;

  @Setup(Level.Trial)
  public void open() throws IOException, ParseException {
    var dir = BenchIndex.get();
    SearchRequest request = new QueryCases(dir).request(query, highlight);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    RawLucene now = new RawLucene(RawLucene.searcher(reader), Schema.analyzer());
    newDefault = now.articles(request, null);
    // A plain IndexSearcher scores with Lucene's BM25 defaults, as lede did.
    RawLucene before = new RawLucene(new IndexSearcher(reader), Schema.analyzer());
    Query scoring = oldScoring(request.query());
    oldDefault = before.articles(articlesOnly(scoring), scoring, request, null);
    // Both sides must find the same articles: only their order may differ.
    IndexSearcher plain = new IndexSearcher(reader);
    int newCount = plain.count(now.query(request));
    int oldCount = plain.count(articlesOnly(scoring));
    if (newCount != oldCount) {
      throw new IllegalStateException("the new default matches " + newCount + " articles, the old " + oldCount);
    }
  }

  /** The old default's parse: the same classic syntax over the default fields with the old boosts. */
  private static Query oldScoring(String q) throws ParseException {
    Map<String, Float> boosts = new LinkedHashMap<>();
    boosts.put(Schema.HEADLINE, 3.0f);
    boosts.put(Schema.CAPTION, 1.5f);
    boosts.put(Schema.BODY, 1.0f);
    MultiFieldQueryParser p = new MultiFieldQueryParser(boosts.keySet().toArray(new String[0]), Schema.analyzer(),
        boosts);
    p.setSplitOnWhitespace(true);
    p.setAutoGeneratePhraseQueries(false);
    return p.parse(q);
  }

  private static Query articlesOnly(Query scoring) {
    return new BooleanQuery.Builder().add(scoring, Occur.MUST)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), Occur.FILTER).build();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    reader.close();
  }

  private boolean newFirst;

  /** The new default counts as {@code lede} in the counters, the old one as {@code baseline}. */
  @Benchmark
  public void pair(QueryBenchmark.Spent spent, Blackhole bh) throws IOException {
    newFirst = !newFirst;
    QueryBenchmark.alternate(spent, newFirst, newDefault, oldDefault, bh);
  }
}
