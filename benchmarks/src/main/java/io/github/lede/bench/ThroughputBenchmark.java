package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * Searches per second on one shared lede instance, by one thread and by two: the query cases in turn,
 * highlighted, as a search box would send them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class ThroughputBenchmark {

  @State(Scope.Benchmark)
  public static class Shared {
    Lede lede;
    final List<SearchRequest> mix = new ArrayList<>();

    @Setup(Level.Trial)
    public void open() throws IOException {
      var dir = BenchIndex.get();
      QueryCases cases = new QueryCases(dir);
      lede = Lede.open(dir, LedeOptions.builder().readOnly(true).build());
      for (String name : QueryCases.NAMES) {
        if (!name.equals("deep")) {
          mix.add(cases.request(name, true));
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      lede.close();
    }
  }

  /** Each thread walks the mix from its own place. */
  @State(Scope.Thread)
  public static class Turn {
    int next;
  }

  private static SearchResults one(Shared s, Turn t) {
    SearchRequest r = s.mix.get(t.next);
    t.next = t.next + 1 == s.mix.size() ? 0 : t.next + 1;
    return s.lede.search(r);
  }

  @Benchmark
  @Threads(1)
  public SearchResults oneThread(Shared s, Turn t) {
    return one(s, t);
  }

  @Benchmark
  @Threads(2)
  public SearchResults twoThreads(Shared s, Turn t) {
    return one(s, t);
  }
}
