package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.search.ArticleSearcher;
import io.github.lede.search.Queries;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One query case through lede and, in the same process and the same loop, the baseline: the same Lucene
 * query (lede's, filters and all) handed to an IndexSearcher with TopScoreDocCollectorManager
 * (TopFieldCollectorManager for the date sort), the same stored fields read for the ten hits, and for
 * highlighting the UnifiedHighlighter called directly with lede's settings. Each operation runs both, in
 * alternating order so neither always finds the caches warm, and the {@code lede} and {@code baseline}
 * counters add up the nanoseconds each took: the report divides them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class QueryBenchmark {
  private static final String[] HIGHLIGHTED = {Schema.HEADLINE, Schema.BODY, Schema.CAPTION};
  /** The stored fields lede reads for a hit, read by the baseline too. */
  private static final Set<String> HIT_FIELDS = io.github.lede.search.StoredArticles.HIT_FIELDS;

  @Param({"term", "and", "or", "phrase", "person", "published", "date", "deep"})
  public String query;

  @Param({"false", "true"})
  public boolean highlight;

  private Lede lede;
  private SearchRequest request;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Query luceneQuery;
  private Query scoring;
  private Sort sort;
  private ScoreDoc after;
  private UnifiedHighlighter highlighter;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path dir = BenchIndex.get();
    QueryCases cases = new QueryCases(dir);
    lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
    request = cases.request(query, highlight);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    Analyzer analyzer = Schema.analyzer();
    ArticleSearcher articles = new ArticleSearcher(analyzer, Duration.ofSeconds(10), 4000);
    luceneQuery = articles.query(request);
    scoring = Queries.parse(request.query(), analyzer, 4000);
    if (request.sort() == SortOrder.NEWEST) {
      SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
      f.setMissingValue(Long.MIN_VALUE);
      sort = new Sort(f);
    }
    if (query.equals("deep")) {
      // Page 51: both sides start after the 500th hit.
      SearchResults first500 = lede.search(request.toBuilder().size(500).highlight(false).build());
      request = request.toBuilder().after(first500.next()).build();
      after = searcher.search(luceneQuery, new TopScoreDocCollectorManager(500, null, 1000)).scoreDocs[499];
    }
    highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES,
            UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
        .build();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    lede.close();
    reader.close();
  }

  /** Nanoseconds spent in each side, reported per second of the iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Spent {
    public long lede;
    public long baseline;

    @Setup(Level.Iteration)
    public void reset() {
      lede = 0;
      baseline = 0;
    }
  }

  private boolean ledeFirst;

  @Benchmark
  public void pair(Spent spent, Blackhole bh) throws IOException {
    ledeFirst = !ledeFirst;
    if (ledeFirst) {
      spent.lede += lede(bh);
      spent.baseline += baseline(bh);
    } else {
      spent.baseline += baseline(bh);
      spent.lede += lede(bh);
    }
  }

  private long lede(Blackhole bh) {
    long start = System.nanoTime();
    bh.consume(lede.search(request));
    return System.nanoTime() - start;
  }

  private long baseline(Blackhole bh) throws IOException {
    long start = System.nanoTime();
    TopDocs top = sort != null
        ? searcher.search(luceneQuery, new TopFieldCollectorManager(sort, 10, (FieldDoc) after, 1000))
        : searcher.search(luceneQuery, new TopScoreDocCollectorManager(10, after, 1000));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      bh.consume(stored.document(sd.doc, HIT_FIELDS));
    }
    if (highlight) {
      bh.consume(highlighter.highlightFields(HIGHLIGHTED, scoring, top, new int[] {1, 3, 3}));
    }
    bh.consume(top);
    return System.nanoTime() - start;
  }
}
