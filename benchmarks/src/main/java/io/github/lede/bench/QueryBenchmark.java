package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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
 * One query case through lede and, in the same process and the same loop, its {@link RawLucene} baseline.
 * Each operation runs both, in alternating order so neither always finds the caches warm, and the
 * {@code lede} and {@code baseline} counters add up the nanoseconds each took: the report divides them.
 * The facet case has nothing to highlight; its highlighted twin repeats it and the report leaves it out.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class QueryBenchmark {
  @Param({"term", "and", "or", "phrase", "person", "published", "date", "deep", "quotes", "facet"})
  public String query;

  @Param({"false", "true"})
  public boolean highlight;

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
    RawLucene raw = new RawLucene(RawLucene.searcher(reader), Schema.analyzer());
    switch (query) {
      case "quotes" -> {
        QuoteRequest request = QuoteRequest.builder(cases.t1).size(10).highlight(highlight).build();
        ledeSide = bh -> bh.consume(lede.quotes(request));
        baselineSide = raw.quotes(request);
      }
      case "facet" -> {
        SearchRequest request = cases.request("term", false);
        ledeSide = bh -> bh.consume(lede.people(request, 10));
        baselineSide = raw.facet(request, Schema.PERSON, 10);
      }
      case "deep" -> {
        // Page 51: both sides start after the 500th hit.
        SearchRequest first = cases.request(query, highlight);
        SearchResults first500 = lede.search(first.toBuilder().size(500).highlight(false).build());
        SearchRequest request = first.toBuilder().after(first500.next()).build();
        ScoreDoc after = RawLucene.searcher(reader).search(raw.query(first),
            new TopScoreDocCollectorManager(500, null, 1000)).scoreDocs[499];
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = raw.articles(request, after);
      }
      default -> {
        SearchRequest request = cases.request(query, highlight);
        ledeSide = bh -> bh.consume(lede.search(request));
        baselineSide = raw.articles(request, null);
      }
    }
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
    alternate(spent, ledeFirst, ledeSide, baselineSide, bh);
  }

  /** Runs both sides once, in the order given, adding each one's nanoseconds to its counter. */
  static void alternate(Spent spent, boolean ledeFirst, RawLucene.Side lede, RawLucene.Side baseline, Blackhole bh)
      throws IOException {
    if (ledeFirst) {
      spent.lede += lede.timed(bh);
      spent.baseline += baseline.timed(bh);
    } else {
      spent.baseline += baseline.timed(bh);
      spent.lede += lede.timed(bh);
    }
  }
}
