package io.github.lede.opensearch;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster the tests run on. {@code ./lede test} starts one (opensearch/cluster.sh) and names it in the
 * system property {@code lede.opensearch}; then it must answer. When the script could not fetch OpenSearch,
 * {@code lede.opensearch.unavailable} says why and the tests skip, saying so; run alone without either, they
 * skip with how to start a cluster.
 */
final class TestCluster {
  private static final AtomicInteger NAMES = new AtomicInteger();

  private TestCluster() {}

  /** The cluster's base URL ({@code http://127.0.0.1:9200}), or the test is skipped with the reason. */
  static String url() {
    String unavailable = System.getProperty("lede.opensearch.unavailable", "");
    if (!unavailable.isBlank()) {
      abort("no OpenSearch cluster: " + unavailable);
    }
    String url = System.getProperty("lede.opensearch", "");
    if (url.isBlank()) {
      abort("no OpenSearch cluster named (start one with opensearch/cluster.sh start and run ./lede test)");
    }
    return url.replaceAll("/+$", "");
  }

  /** A URL with an index name of its own, so tests never see each other's articles. */
  static String freshIndex(String what) {
    return url() + "/test-" + what.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid() + "-"
        + NAMES.incrementAndGet();
  }

  /** A plain HTTP call to the cluster, for what a test does behind lede's back. */
  static String call(String method, String path, String json) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json");
      b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      try (HttpClient client = HttpClient.newHttpClient()) {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
