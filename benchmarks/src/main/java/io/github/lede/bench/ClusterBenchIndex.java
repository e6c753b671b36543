package io.github.lede.bench;

import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.Article;
import io.github.lede.opensearch.OpenSearchOptions;
import io.github.lede.opensearch.OpenSearchStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The two indexes the OpenSearch benchmarks compare, holding the same articles, extracted once: an embedded
 * index in {@code target/} and an index on the cluster at {@code -Dlede.opensearch} (default
 * {@code http://127.0.0.1:9200}, as {@code opensearch/cluster.sh start} makes it), one shard and no replica.
 * Both are merged to one segment, so neither pays for segments the other has not. Built once and reused by
 * every fork until the corpus changes.
 */
final class ClusterBenchIndex {
  /** Bumped when what either store holds changes. */
  private static final int FORMAT = 1;

  private ClusterBenchIndex() {}

  /** The embedded index and the cluster URL of the index on the cluster ({@code http://host:port/name}). */
  record Pair(Path embedded, String cluster, String host, String name, int articles) {}

  static String host() {
    return System.getProperty("lede.opensearch", "http://127.0.0.1:9200").replaceAll("/+$", "");
  }

  static synchronized Pair get() {
    String key = Integer.toHexString((Corpus.load().description() + "|" + FORMAT).hashCode());
    Path dir = Path.of("target", "os-bench-embedded-" + key).toAbsolutePath();
    String name = "lede-bench-" + key;
    String host = host();
    Path done = dir.resolve("complete");
    if (Files.exists(done) && call(host, "GET", "/" + name + "/_count", null).contains("\"count\":")) {
      int articles = Integer.parseInt(readString(done).strip());
      return new Pair(dir, host + "/" + name, host, name, articles);
    }
    List<Article> articles = Corpus.extracted(null);
    try {
      deleteTree(dir);
      call(host, "DELETE", "/" + name + "_lede_*", null);
      long start = System.nanoTime();
      try (Lede lede = Lede.open(dir)) {
        lede.indexArticles(articles);
      }
      forceMerge(dir);
      double embedded = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      OpenSearchOptions one = OpenSearchOptions.builder().replicas(0).build();
      IndexSummary s;
      try (Lede lede = Lede.open(OpenSearchStore.connect(host + "/" + name, one, LedeOptions.defaults()),
          LedeOptions.defaults())) {
        s = lede.indexArticles(articles);
      }
      call(host, "POST", "/" + name + "/_forcemerge?max_num_segments=1", null);
      call(host, "POST", "/" + name + "/_refresh", null);
      System.out.printf("built the OpenSearch benchmark indexes: %d articles, embedded %.1f s, cluster %.1f s%n",
          s.indexed(), embedded, (System.nanoTime() - start) / 1e9);
      Files.writeString(done, s.indexed() + "\n");
      return new Pair(dir, host + "/" + name, host, name, (int) s.indexed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void forceMerge(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.forceMerge(1);
      w.commit();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain HTTP call for what the benchmark does behind lede's back (deleting, merging). */
  static String call(String host, String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(host + path)).timeout(Duration.ofMinutes(10))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach OpenSearch at " + host + " (start one: opensearch/cluster.sh start)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
