package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Searches per second on one shared instance, by one thread and by two: the query cases in turn,
 * highlighted, as a search box would send them. The {@code lucene} side runs the same mix through the
 * {@link RawLucene} baselines on one shared IndexSearcher, so the table shows how much of the scaling (or
 * its lack) is the machine's and how much is lede's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class ThroughputBenchmark {

  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"lede", "lucene"})
    public String side;

    private Lede lede;
    private DirectoryReader reader;
    final List<RawLucene.Side> mix = new ArrayList<>();

    @Setup(Level.Trial)
    public void open() throws IOException {
      var dir = BenchIndex.get();
      QueryCases cases = new QueryCases(dir);
      RawLucene raw = null;
      if (side.equals("lede")) {
        lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
      } else {
        reader = DirectoryReader.open(FSDirectory.open(dir));
        raw = new RawLucene(new IndexSearcher(reader), Schema.analyzer());
      }
      for (String name : QueryCases.NAMES) {
        if (!name.equals("deep")) {
          SearchRequest request = cases.request(name, true);
          mix.add(raw == null ? bh -> bh.consume(lede.search(request)) : raw.articles(request, null));
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      if (lede != null) {
        lede.close();
      }
      if (reader != null) {
        reader.close();
      }
    }
  }

  /** Each thread walks the mix from its own place. */
  @State(Scope.Thread)
  public static class Turn {
    int next;
  }

  private static void one(Shared s, Turn t, Blackhole bh) throws IOException {
    RawLucene.Side search = s.mix.get(t.next);
    t.next = t.next + 1 == s.mix.size() ? 0 : t.next + 1;
    search.run(bh);
  }

  @Benchmark
  @Threads(1)
  public void oneThread(Shared s, Turn t, Blackhole bh) throws IOException {
    one(s, t, bh);
  }

  @Benchmark
  @Threads(2)
  public void twoThreads(Shared s, Turn t, Blackhole bh) throws IOException {
    one(s, t, bh);
  }
}
