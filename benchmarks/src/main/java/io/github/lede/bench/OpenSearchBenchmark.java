package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.opensearch.OpenSearchStore;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * One query case three ways in one loop of one JVM: lede embedded, lede on OpenSearch over loopback HTTP
 * (one node, one shard, both indexes merged to one segment, {@link ClusterBenchIndex}), and the same search
 * as hand-written query DSL through the bare OpenSearch client ({@link HandWrittenDsl}), its answer parsed as
 * JSON. Each operation runs all three in a rotating order, so none always finds the caches warm; every
 * measured call's time is kept, and the trial ends by writing each side's median and 99th percentile and
 * their ratios to {@code target/opensearch-results.md}. Needs a running cluster: {@code opensearch/cluster.sh
 * start}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class OpenSearchBenchmark {
  @Param({"term", "and", "or", "phrase", "person", "published", "date", "quotes", "facet"})
  public String query;

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final int MAX_SAMPLES = 1 << 18;

  private Lede embedded;
  private Lede cluster;
  private ApacheHttpClient5Transport transport;
  private OpenSearchGenericClient bare;
  private RawLucene.Side[] sides;
  private final long[][] samples = new long[3][MAX_SAMPLES];
  private final int[] taken = new int[3];
  private boolean measuring;
  private int turn;
  private int articles;

  @Setup(Level.Trial)
  public void open() throws IOException {
    ClusterBenchIndex.Pair pair = ClusterBenchIndex.get();
    articles = pair.articles();
    QueryCases cases = new QueryCases(pair.embedded());
    embedded = Lede.open(pair.embedded(), LedeOptions.builder().readOnly(true).build());
    cluster = OpenSearchStore.openLede(pair.cluster(), LedeOptions.builder().readOnly(true).build());
    java.net.URI host = java.net.URI.create(pair.host());
    transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost(host.getScheme(), host.getHost(),
        host.getPort())).build();
    bare = new OpenSearchGenericClient(transport);
    Request handWritten = Requests.builder().method("POST").endpoint("/" + pair.name() + "/_search")
        .json(HandWrittenDsl.body(query, cases)).build();
    RawLucene.Side bareSide = bh -> {
      try (Response r = bare.execute(handWritten); var reader = JSON.createReader(new StringReader(
          r.getBody().orElseThrow().bodyAsString()))) {
        bh.consume(reader.readObject());
      }
    };
    sides = switch (query) {
      case "quotes" -> {
        QuoteRequest request = QuoteRequest.builder(cases.t1).size(10).build();
        yield new RawLucene.Side[] {bh -> bh.consume(embedded.quotes(request)),
            bh -> bh.consume(cluster.quotes(request)), bareSide};
      }
      case "facet" -> {
        SearchRequest request = cases.request("term", false);
        yield new RawLucene.Side[] {bh -> bh.consume(embedded.people(request, 10)),
            bh -> bh.consume(cluster.people(request, 10)), bareSide};
      }
      default -> {
        SearchRequest request = cases.request(query, true);
        yield new RawLucene.Side[] {bh -> bh.consume(embedded.search(request)),
            bh -> bh.consume(cluster.search(request)), bareSide};
      }
    };
  }

  @Setup(Level.Iteration)
  public void iteration(IterationParams params) {
    measuring = params.getType() == IterationType.MEASUREMENT;
  }

  /** Nanoseconds spent in each side, reported per second of the iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Spent {
    public long embedded;
    public long cluster;
    public long dsl;

    @Setup(Level.Iteration)
    public void reset() {
      embedded = 0;
      cluster = 0;
      dsl = 0;
    }
  }

  @Benchmark
  public void three(Spent spent, Blackhole bh) throws IOException {
    turn = (turn + 1) % 3;
    for (int k = 0; k < 3; k++) {
      int side = (turn + k) % 3;
      long nanos = sides[side].timed(bh);
      switch (side) {
        case 0 -> spent.embedded += nanos;
        case 1 -> spent.cluster += nanos;
        default -> spent.dsl += nanos;
      }
      if (measuring && taken[side] < MAX_SAMPLES) {
        samples[side][taken[side]++] = nanos;
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    embedded.close();
    cluster.close();
    transport.close();
    double[] p50 = new double[3];
    double[] p99 = new double[3];
    for (int s = 0; s < 3; s++) {
      long[] sorted = Arrays.copyOf(samples[s], taken[s]);
      Arrays.sort(sorted);
      p50[s] = percentile(sorted, 0.50);
      p99[s] = percentile(sorted, 0.99);
    }
    String row = String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
        query, taken[0], p50[0], p99[0], p50[1], p99[1], p50[2], p99[2], p50[1] / p50[0], p50[1] / p50[2]);
    Path out = Path.of("target", "opensearch-results.md");
    try {
      if (!Files.exists(out)) {
        Files.writeString(out, String.format(Locale.ROOT, "Corpus: %s, %d articles in both indexes.%n%n"
            + "| case | calls | embedded p50 ms | p99 | lede on OpenSearch p50 ms | p99 | hand-written DSL p50 ms | p99"
            + " | OpenSearch / embedded (p50) | lede / hand-written DSL (p50) |%n|---|---|---|---|---|---|---|---|---|---|%n",
            Corpus.load().description(), articles));
      }
      Files.writeString(out, row, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print(row);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
