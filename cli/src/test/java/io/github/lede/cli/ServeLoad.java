package io.github.lede.cli;

import io.github.lede.model.SearchRequest;
import io.github.lede.reliability.SuiteReport;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A bounded load test of lede serve on loopback: a fixed number of requests sent at once, each answer checked
 * against the one the same request got alone; then the time one search takes over HTTP against the same
 * search in process, to say what the server adds. Figures are reported, never asserted (speed is JMH's).
 */
final class ServeLoad {
  private static final List<String> PATHS = List.of(
      "/api/search?q=grid", "/api/search?q=korea&sort=newest", "/api/quotes?q=grid",
      "/api/people?q=korea", "/api/sources", "/api/timeline?q=power", "/api/articles/" + ServedIndex.HOSTILE_ID);
  private static final int TIMED = 200;

  /**
   * @param ok answers with status 200
   * @param wrong answers that differ from the request's answer alone (or are not 200)
   */
  record Figures(int ok, int wrong, long allAtOnceNanos, double inProcessMillis, double httpMillis) {}

  static Figures run(ServedIndex served, HttpClient http, int concurrent) throws Exception {
    List<String> expected = new ArrayList<>();
    for (String p : PATHS) {
      expected.add(send(http, served, p).body());
    }
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int i = 0; i < concurrent; i++) {
      inFlight.add(http.sendAsync(HttpRequest.newBuilder(served.url(PATHS.get(i % PATHS.size()))).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    int ok = 0;
    int wrong = 0;
    for (int i = 0; i < concurrent; i++) {
      HttpResponse<String> r = inFlight.get(i).get();
      if (r.statusCode() == 200) {
        ok++;
      }
      if (r.statusCode() != 200 || !r.body().equals(expected.get(i % PATHS.size()))) {
        wrong++;
      }
    }
    long allAtOnce = System.nanoTime() - start;

    // The same search, in process (search and the JSON writer) and over HTTP, one at a time after a warm-up.
    SearchRequest request = SearchRequest.builder("grid").build();
    double inProcess = median(() -> Json.results(served.lede.search(request)));
    double overHttp = median(() -> send(http, served, "/api/search?q=grid"));
    Figures f = new Figures(ok, wrong, allAtOnce, inProcess, overHttp);
    SuiteReport.of("web-server", "web server (lede serve)", 45,
            "lede serve answers requests sent at once on loopback without an error, each answer the same as the"
                + " request's alone, and its JSON is the command line's.")
        .figure("requests sent at once", SuiteReport.count(concurrent))
        .figure("answered 200, as alone", SuiteReport.of(ok - wrong, concurrent))
        .figure("all of them answered in", SuiteReport.seconds(allAtOnce))
        .figure("one search (`grid`), median of " + TIMED + ", in process", millis(inProcess))
        .figure("the same over HTTP", millis(overHttp) + " (the server adds " + millis(overHttp - inProcess) + ")")
        .write();
    System.out.printf(Locale.ROOT, "serve load: %d of %d answered 200 as alone in %.2f s; search median %.3f ms in process,"
        + " %.3f ms over HTTP%n", ok - wrong, concurrent, allAtOnce / 1e9, inProcess, overHttp);
    return f;
  }

  private static String millis(double ms) {
    return String.format(Locale.ROOT, "%.2f ms", ms);
  }

  private static HttpResponse<String> send(HttpClient http, ServedIndex served, String path) {
    try {
      return http.send(HttpRequest.newBuilder(served.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The median time of a step in milliseconds, over {@link #TIMED} runs after as many unmeasured ones. */
  private static double median(Runnable step) {
    for (int i = 0; i < TIMED; i++) {
      step.run();
    }
    long[] t = new long[TIMED];
    for (int i = 0; i < TIMED; i++) {
      long s = System.nanoTime();
      step.run();
      t[i] = System.nanoTime() - s;
    }
    Arrays.sort(t);
    return t[TIMED / 2] / 1e6;
  }
}
