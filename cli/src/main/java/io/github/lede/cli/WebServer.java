package io.github.lede.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.lede.Lede;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code lede serve}'s HTTP server: the page's static files and the JSON API over one open store, read-only.
 *
 * <p>The JDK's own {@link HttpServer} with a virtual thread per request: it needs no dependency, and a server
 * for one archive on one machine needs no more than GET, keep-alive and a handler. Every request is bounded
 * before lede sees it: GET or HEAD only, no body, a request line and headers of at most 64 KiB (the JDK's
 * limit, set here), at most {@link #API_PERMITS} searches at once (the rest wait their turn), and on
 * loopback a Host header naming this machine, so that a web page elsewhere cannot reach the archive through
 * a hostname it re-points at 127.0.0.1 (DNS rebinding).
 */
final class WebServer implements AutoCloseable {
  /** Searches run at once; more wait, as the machine's cores cannot run them faster anyway. */
  static final int API_PERMITS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  /** How long a request waits for its turn before it is told the server is busy. */
  private static final long QUEUE_SECONDS = 30;
  /** The longest request target: a query at lede's 4,000-character limit, percent-encoded, fits. */
  static final int MAX_URI = 48 * 1024;

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  /** What a handler answers: a status, a content type and the body. */
  record Response(int status, String contentType, byte[] body) {
    static Response json(int status, String json) {
      return new Response(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static Response error(int status, String message) {
      return json(status, Json.error(status, message, null));
    }
  }

  private final HttpServer http;
  private final ExecutorService threads;
  private final Api api;
  private final StaticFiles files = new StaticFiles();
  private final Semaphore searches = new Semaphore(API_PERMITS, true);
  private final boolean loopback;

  private WebServer(HttpServer http, ExecutorService threads, Lede lede) {
    this.http = http;
    this.threads = threads;
    this.api = new Api(lede);
    this.loopback = http.getAddress().getAddress().isLoopbackAddress();
  }

  /** Starts serving the store at the address (port 0: any free port); the caller keeps the store open. */
  static WebServer start(Lede lede, InetSocketAddress address) throws IOException {
    limits();
    HttpServer http = HttpServer.create(address, 512);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    WebServer server = new WebServer(http, threads, lede);
    http.setExecutor(threads);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  /**
   * The JDK server's own limits, read once when its first server is made, unless the JVM was given them:
   * request line and headers 64 KiB, a request read within 30 s (a client that trickles bytes is cut off),
   * at most 1,000 connections.
   */
  private static void limits() {
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
    setIfAbsent("sun.net.httpserver.maxReqTime", "30");
    setIfAbsent("jdk.httpserver.maxConnections", "1000");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The page's address: {@code http://127.0.0.1:8080/}. */
  URI url() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** Stops listening, lets requests in flight finish for up to a second, and ends the request threads. */
  @Override
  public void close() {
    http.stop(1);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Response r;
      try {
        r = answer(exchange);
      } catch (RuntimeException | Error e) {
        // A fault of lede's or the store's: one line to the operator, one line to the client, no stack trace.
        System.err.println("lede: " + exchange.getRequestURI().getRawPath() + ": " + e);
        r = Response.error(500, "the server failed to answer: " + e.getMessage());
      }
      send(exchange, r);
    }
  }

  private Response answer(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      return Response.error(405, "this server is read-only: GET and HEAD only, not " + method);
    }
    if (loopback && !fromThisMachine(exchange.getRequestHeaders())) {
      return Response.error(403, "this server answers to localhost and 127.0.0.1 only, not to the host "
          + exchange.getRequestHeaders().getFirst("Host"));
    }
    URI uri = exchange.getRequestURI();
    if (uri.toString().length() > MAX_URI) {
      return Response.error(414, "the request is longer than " + MAX_URI + " characters");
    }
    if (hasBody(exchange.getRequestHeaders())) {
      return Response.error(413, "requests to this server carry no body");
    }
    String path = uri.getPath();
    if (path == null) {
      return Response.error(400, "the request has no path");
    }
    if (!path.startsWith("/api/")) {
      Response file = files.get(path);
      return file != null ? file : Response.error(404, "no such page: " + path);
    }
    try {
      if (!searches.tryAcquire(QUEUE_SECONDS, TimeUnit.SECONDS)) {
        return Response.error(503, "the server is busy: " + API_PERMITS + " searches are running and more are waiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.error(503, "the server is stopping");
    }
    try {
      return api.answer(path, uri.getRawQuery());
    } finally {
      searches.release();
    }
  }

  /** A Host header naming this machine (or none, which no browser sends); the port is not checked. */
  private static boolean fromThisMachine(Headers headers) {
    String host = headers.getFirst("Host");
    if (host == null) {
      return true;
    }
    host = host.strip().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.indexOf(']') < colon) {
      host = host.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(host);
  }

  private static boolean hasBody(Headers headers) {
    String length = headers.getFirst("Content-Length");
    return headers.containsKey("Transfer-Encoding") || (length != null && !length.strip().equals("0"));
  }

  private static void send(HttpExchange exchange, Response r) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    // Scripts, styles and data from this server only, no inline script, no plug-ins, no framing: should the
    // page ever put index text where markup goes, the browser still runs none of it.
    h.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    h.set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head || r.body().length == 0) {
      exchange.sendResponseHeaders(r.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(r.status(), r.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(r.body());
    }
  }
}
