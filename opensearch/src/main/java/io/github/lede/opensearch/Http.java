package io.github.lede.opensearch;

import io.github.lede.LedeException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Requests to a cluster through the OpenSearch Java client's generic API, with lede's JSON in and out. A
 * request the cluster refused for load (429), failed on (5xx) or that lost its connection is tried again
 * with exponential backoff and jitter; what still fails is an error naming the cluster.
 */
final class Http implements AutoCloseable {
  static final JsonProvider JSON = JsonProvider.provider();

  /** A reply: the HTTP status and the JSON body (an empty object when there was none). */
  record Reply(int status, JsonObject body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The cluster's reason for a failure: {@code error.reason}, else the status. */
    String reason() {
      JsonValue error = body.get("error");
      if (error instanceof JsonObject e) {
        String type = e.getString("type", "");
        String reason = e.getString("reason", "");
        JsonValue cause = e.get("caused_by");
        String because = cause instanceof JsonObject c ? " (" + c.getString("reason", "") + ")" : "";
        return type + ": " + reason + because;
      }
      return error == null ? "HTTP " + status : error.toString();
    }
  }

  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;
  private final String where;
  private final OpenSearchOptions options;

  /**
   * @param hosts the nodes to send requests to: the transport goes round them, and past a node it cannot
   *     reach to the next
   */
  Http(List<URI> hosts, String where, OpenSearchOptions options) {
    this.where = where;
    this.options = options;
    HttpHost[] h = hosts.stream()
        .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
        .toArray(HttpHost[]::new);
    long timeout = options.requestTimeout().toMillis();
    this.transport = ApacheHttpClient5TransportBuilder.builder(h)
        .setRequestConfigCallback(r -> RequestConfig.copy(r.build())
            .setConnectionRequestTimeout(Timeout.ofMilliseconds(timeout))
            .setResponseTimeout(Timeout.ofMilliseconds(timeout)))
        .build();
    this.client = new OpenSearchGenericClient(transport);
  }

  /** The cluster's URL, for messages. */
  String where() {
    return where;
  }

  /** Sends a JSON request (null body for none), retrying what may succeed later; any reply is returned. */
  Reply send(String method, String path, String json) {
    return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  Reply send(String method, String path, byte[] body, String contentType) {
    IOException lastFailure = null;
    Reply last = null;
    for (int attempt = 0; attempt <= options.retries(); attempt++) {
      if (attempt > 0) {
        backoff(attempt);
      }
      try {
        last = once(method, path, body, contentType);
        if (!retryable(last.status())) {
          return last;
        }
      } catch (IOException e) {
        lastFailure = e;
        last = null;
      }
    }
    if (last != null) {
      return last;
    }
    throw unreachable(lastFailure);
  }

  /** One try: no retry; an I/O failure is thrown. */
  Reply once(String method, String path, byte[] body, String contentType) throws IOException {
    try {
      return once(method, path, body, contentType, null);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no time limit was set", e);
    }
  }

  /**
   * One try that waits at most {@code limit} (null: the request timeout) for the answer; past it, the request
   * is cancelled and {@link TimeoutException} thrown.
   */
  Reply once(String method, String path, byte[] body, String contentType, Duration limit)
      throws IOException, TimeoutException {
    // Parameters go apart from the endpoint: "/news/_refresh?ignore_unavailable=true".
    int q = path.indexOf('?');
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    Request request = Requests.create(method, q < 0 ? path : path.substring(0, q), java.util.List.of(), params,
        body == null ? null : Body.from(body, contentType));
    try (Response r = limit == null ? client.execute(request) : within(request, limit)) {
      JsonObject json = r.getBody().map(Http::parse).orElse(JsonValue.EMPTY_JSON_OBJECT);
      return new Reply(r.getStatus(), json);
    } catch (RuntimeException e) {
      // The transport wraps some I/O failures (a refused or reset connection) in unchecked exceptions.
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private Response within(Request request, Duration limit) throws IOException, TimeoutException {
    CompletableFuture<Response> answer = client.executeAsync(request);
    try {
      return answer.get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new LedeException("interrupted while waiting for " + where, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  private static JsonObject parse(Body body) {
    String text = body.bodyAsString();
    if (text.isBlank() || !text.stripLeading().startsWith("{")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** Load (429) and server trouble (502, 503, 504) pass; other failures would fail again. */
  static boolean retryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** Waits {@code firstRetryDelay * 2^(attempt-1)}, at most 10 s, less up to half of it at random. */
  void backoff(int attempt) {
    backoff(attempt, Long.MAX_VALUE);
  }

  /**
   * As {@link #backoff(int)}, but never past {@code deadline} ({@link System#nanoTime()} terms); false when
   * the deadline came first (nothing is waited for then).
   */
  boolean backoff(int attempt, long deadline) {
    long base = options.firstRetryDelay().toMillis() << Math.min(attempt - 1, 16);
    long delay = Math.min(base, 10_000);
    delay -= ThreadLocalRandom.current().nextLong(delay / 2 + 1);
    if (deadline != Long.MAX_VALUE && System.nanoTime() + delay * 1_000_000 - deadline > 0) {
      return false;
    }
    try {
      TimeUnit.MILLISECONDS.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedeException("interrupted while waiting to retry a request to " + where, e);
    }
    return true;
  }

  LedeException unreachable(IOException e) {
    Throwable root = e;
    while (root != null && root.getCause() != null && !(root instanceof ConnectException)) {
      root = root.getCause();
    }
    String why = root == null ? "no reply" : root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getMessage();
    return new LedeException("cannot reach OpenSearch at " + where + " (" + why + "); is the cluster running?"
        + " (opensearch/cluster.sh start)", e);
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new LedeException("closing the connection to " + where + " failed: " + e.getMessage(), e);
    }
  }
}
