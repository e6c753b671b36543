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
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Searches per second on one shared lede instance, by one thread and by two: the query cases in turn,
 * highlighted, as a search box would send them. Beside it, in the same process and on the same threads,
 * the same mix runs through the {@link RawLucene} baselines on one shared IndexSearcher: every operation
 * is one search through each, in alternating order, and the counters add up the nanoseconds each side
 * took. Paired so, the two sides see the same machine at the same moment (a shared VM's speed drifts by a
 * fifth between runs), and the report derives each side's rate from the time its searches took.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class ThroughputBenchmark {

  @State(Scope.Benchmark)
  public static class Shared {
    private Lede lede;
    private DirectoryReader reader;
    final List<RawLucene.Side> ledeMix = new ArrayList<>();
    final List<RawLucene.Side> luceneMix = new ArrayList<>();

    @Setup(Level.Trial)
    public void open() throws IOException {
      var dir = BenchIndex.get();
      QueryCases cases = new QueryCases(dir);
      lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
      reader = DirectoryReader.open(FSDirectory.open(dir));
      RawLucene raw = new RawLucene(RawLucene.searcher(reader), Schema.analyzer());
      for (String name : QueryCases.NAMES) {
        if (!name.equals("deep")) {
          SearchRequest request = cases.request(name, true);
          ledeMix.add(bh -> bh.consume(lede.search(request)));
          luceneMix.add(raw.articles(request, null));
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      lede.close();
      reader.close();
    }
  }

  /** Each thread walks the mix from its own place, and adds up the time each side took. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Turn {
    public long lede;
    public long lucene;
    private int next;
    private boolean ledeFirst;

    @Setup(Level.Iteration)
    public void reset() {
      lede = 0;
      lucene = 0;
    }
  }

  private static void pair(Shared s, Turn t, Blackhole bh) throws IOException {
    int i = t.next;
    t.next = i + 1 == s.ledeMix.size() ? 0 : i + 1;
    t.ledeFirst = !t.ledeFirst;
    if (t.ledeFirst) {
      t.lede += s.ledeMix.get(i).timed(bh);
      t.lucene += s.luceneMix.get(i).timed(bh);
    } else {
      t.lucene += s.luceneMix.get(i).timed(bh);
      t.lede += s.ledeMix.get(i).timed(bh);
    }
  }


  @Benchmark
  @Threads(1)
  public void oneThread(Shared s, Turn t, Blackhole bh) throws IOException {
    pair(s, t, bh);
  }

  @Benchmark
  @Threads(2)
  public void twoThreads(Shared s, Turn t, Blackhole bh) throws IOException {
    pair(s, t, bh);
  }
}
