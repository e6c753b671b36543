package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.Article;
import io.github.lede.opensearch.OpenSearchOptions;
import io.github.lede.opensearch.OpenSearchStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Writing articles already extracted (the store's part of indexing, extraction left out as it is the same
 * for both), in one process and alternating: a fresh embedded index in a directory, committed and closed,
 * against a fresh index on the cluster at {@code -Dlede.opensearch} (one shard, no replica), written in bulk
 * requests and refreshed. Each operation writes {@value #ARTICLES} articles to each; the trial ends by
 * writing each side's median articles per second and their ratio to {@code target/opensearch-results.md}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class OpenSearchIndexingBenchmark {
  static final int ARTICLES = 5000;

  private List<Article> articles;
  private final List<Double> embeddedRates = new ArrayList<>();
  private final List<Double> clusterRates = new ArrayList<>();
  private boolean measuring;
  private boolean clusterFirst;
  private int run;

  @Setup(Level.Trial)
  public void load() {
    List<Article> all = Corpus.extracted(null);
    articles = List.copyOf(all.subList(0, Math.min(ARTICLES, all.size())));
  }

  @Setup(Level.Iteration)
  public void iteration(IterationParams params) {
    measuring = params.getType() == IterationType.MEASUREMENT;
  }

  /** Milliseconds spent in each side. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Spent {
    public long embeddedMillis;
    public long clusterMillis;
  }

  @Benchmark
  public void both(Spent spent) throws IOException {
    clusterFirst = !clusterFirst;
    run++;
    long e;
    long c;
    if (clusterFirst) {
      c = cluster();
      e = embedded();
    } else {
      e = embedded();
      c = cluster();
    }
    spent.embeddedMillis += e / 1_000_000;
    spent.clusterMillis += c / 1_000_000;
    if (measuring) {
      embeddedRates.add(articles.size() / (e / 1e9));
      clusterRates.add(articles.size() / (c / 1e9));
    }
  }

  private long embedded() throws IOException {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "os-bench-write-");
    try {
      long start = System.nanoTime();
      try (Lede lede = Lede.open(dir)) {
        lede.indexArticles(articles);
      }
      return System.nanoTime() - start;
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private long cluster() {
    String host = ClusterBenchIndex.host();
    String name = "lede-bench-write-" + ProcessHandle.current().pid() + "-" + run;
    OpenSearchOptions one = OpenSearchOptions.builder().replicas(0).build();
    try {
      long start = System.nanoTime();
      try (Lede lede = Lede.open(OpenSearchStore.connect(host + "/" + name, one, LedeOptions.defaults()),
          LedeOptions.defaults())) {
        lede.indexArticles(articles);
      }
      return System.nanoTime() - start;
    } finally {
      ClusterBenchIndex.call(host, "DELETE", "/" + name + "_lede_*", null);
    }
  }

  @TearDown(Level.Trial)
  public void report() {
    double e = median(embeddedRates);
    double c = median(clusterRates);
    String row = String.format(Locale.ROOT, "%nWriting %d extracted articles (median of %d runs): embedded %.0f"
        + " articles/s, lede on OpenSearch %.0f articles/s (bulk), ratio OpenSearch / embedded %.2f.%n",
        articles.size(), embeddedRates.size(), e, c, c / e);
    try {
      Files.writeString(Path.of("target", "opensearch-results.md"), row, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    System.out.print(row);
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }
}
