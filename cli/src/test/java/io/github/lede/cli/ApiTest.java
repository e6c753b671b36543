package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lede serve's JSON API and its guards, over HTTP on loopback: what the commands print, and nothing else. */
class ApiTest {
  @TempDir static Path dir;
  static ServedIndex served;
  static HttpClient http;

  @BeforeAll
  static void serve() {
    served = ServedIndex.start(dir);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    http.close();
    served.close();
  }

  record Answer(int status, String body, HttpResponse<String> response) {
    Map<?, ?> json() throws IOException {
      return CliTest.json(body);
    }
  }

  static Answer get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(served.url(pathAndQuery)).GET().build());
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** What the command line prints for these arguments, on the served index, with --json. */
  static String cli(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.add(1, "--index");
    all.add(2, served.dir.toString());
    CliTest.Run r = CliTest.lede(all.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return r.out().strip();
  }

  @Test
  void everyApiAnswersExactlyWhatItsCommandPrintsWithJson() {
    Map<String, String> pairs = new java.util.LinkedHashMap<>();
    pairs.put("/api/search?q=grid&size=3&sort=newest", cli("search", "--json", "--size", "3", "--sort", "newest", "grid"));
    pairs.put("/api/search?q=" + enc("power OR minister") + "&person=" + enc("Bola Tinubu") + "&exact-total=true&passages=1",
        cli("search", "--json", "--person", "Bola Tinubu", "--exact-total", "--passages", "1", "power OR minister"));
    pairs.put("/api/search?q=korea&source=Reuters&published=2024&mentions=2024-06&no-highlight",
        cli("search", "--json", "--source", "Reuters", "--published", "2024", "--mentions", "2024-06", "--no-highlight", "korea"));
    pairs.put("/api/quotes?by=" + enc("Babatunde Olawale") + "&sort=newest",
        cli("quotes", "--json", "--by", "Babatunde Olawale", "--sort", "newest"));
    pairs.put("/api/quotes?q=grid&from=2024-01&to=2024-12&size=2", cli("quotes", "--json", "--from", "2024-01", "--to", "2024-12",
        "--size", "2", "grid"));
    pairs.put("/api/people?q=korea&top=5", cli("people", "--json", "--top", "5", "korea"));
    pairs.put("/api/people?source=Reuters", cli("people", "--json", "--source", "Reuters"));
    pairs.put("/api/sources?top=3", cli("sources", "--json", "--top", "3"));
    pairs.put("/api/timeline?q=korea", cli("timeline", "--json", "korea"));
    pairs.put("/api/timeline?dates=mentions&by=year", cli("timeline", "--json", "--dates", "mentions", "--by", "year"));
    pairs.put("/api/articles/" + enc("index-fixtures/wire/abuja-grid-collapse-reuters.txt"),
        cli("show", "--json", "index-fixtures/wire/abuja-grid-collapse-reuters.txt"));
    pairs.forEach((path, expected) -> {
      Answer a = get(path);
      assertEquals(200, a.status(), path + ": " + a.body());
      assertEquals("application/json; charset=utf-8", a.response().headers().firstValue("Content-Type").orElse(""));
      assertEquals(expected, a.body(), path);
      assertTrue(a.body().length() > 2, path);
    });
  }

  @Test
  void pagesFollowTheCursorAsTheCommandLineDoes() throws IOException {
    Map<?, ?> first = get("/api/search?sort=oldest&size=5").json();
    String next = (String) first.get("next");
    Answer second = get("/api/search?sort=oldest&size=5&after=" + enc(next));
    assertEquals(cli("search", "--json", "--sort", "oldest", "--size", "5", "--after", next), second.body());
    assertNotEquals(ids(first), ids(second.json()));
  }

  private static List<Object> ids(Map<?, ?> results) {
    return ((List<?>) results.get("hits")).stream().map(h -> (Object) ((Map<?, ?>) h).get("id")).toList();
  }

  @Test
  void aRequestCarriesNothingOfTheOneBefore() {
    String first = get("/api/search?q=grid&person=" + enc("Bola Tinubu") + "&size=1&sort=oldest&no-highlight").body();
    assertEquals(cli("search", "--json", "--person", "Bola Tinubu", "--size", "1", "--sort", "oldest", "--no-highlight",
        "grid"), first);
    assertEquals(cli("search", "--json", "grid"), get("/api/search?q=grid").body());
    assertEquals(cli("search", "--json"), get("/api/search").body());
  }

  @Test
  void whatAnotherWriterCommitsIsFoundWithoutARestart(@TempDir Path other) throws Exception {
    try (Lede writer = Lede.open(other)) {
      assertEquals(1, writer.indexRaw(List.of(article("ferry")), IndexListener.NONE).indexed());
      try (Lede reader = Lede.open(other, LedeOptions.builder().readOnly(true).build());
          WebServer server = WebServer.start(reader, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
        URI search = server.url().resolve("/api/search?q=zeppelin");
        assertEquals(0L, send(HttpRequest.newBuilder(search).build()).json().get("total"));
        assertEquals(1, writer.indexRaw(List.of(article("zeppelin")), IndexListener.NONE).indexed());
        long total = 0;
        for (int i = 0; i < 100 && total == 0; i++) {
          Thread.sleep(100);
          total = (Long) send(HttpRequest.newBuilder(search).build()).json().get("total");
        }
        assertEquals(1L, total, "a read-only index looks for new commits once a second");
      }
    }
  }

  private static RawArticle article(String craft) {
    return RawArticle.builder("A " + craft + " crosses the bay at dawn. It carried twelve passengers and a dog, the"
        + " operator said on Monday, and it will sail again next week.").id(craft).headline("A " + craft + " sails").build();
  }

  @Test
  void aBadQueryIs400WithItsPosition() throws IOException {
    Answer a = get("/api/search?q=" + enc("grid AND ("));
    assertEquals(400, a.status(), a.body());
    Map<?, ?> e = a.json();
    assertEquals(400L, e.get("status"));
    assertEquals(10L, e.get("position"));
    assertEquals("grid AND (", e.get("query"));
    assertTrue(((String) e.get("error")).startsWith("bad query at position 10: "), e.toString());
    for (String api : List.of("quotes", "people", "sources", "timeline")) {
      assertEquals(400, get("/api/" + api + "?q=" + enc("headline:\"oil")).status(), api);
    }
  }

  @Test
  void parametersAreValidatedAndNoneNamesAnotherIndexOrAFile() throws IOException {
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put("/api/search?index=" + enc(dir.toString()), "no parameter 'index'");
    refused.put("/api/people?opensearch=" + enc("http://127.0.0.1:9200/x"), "no parameter 'opensearch'");
    refused.put("/api/search?json=true", "no parameter 'json'");
    refused.put("/api/search?help", "no parameter 'help'");
    refused.put("/api/search?-n=3", "no parameter '-n'");
    refused.put("/api/search?size=0", "size must be 1 to 1000");
    refused.put("/api/search?size=lots", "'lots' is not an int");
    refused.put("/api/search?sort=sideways", "--sort must be relevance, newest or oldest");
    refused.put("/api/search?published=2024-13", "is not a date");
    refused.put("/api/search?exact-total=maybe", "exact-total is true or false");
    refused.put("/api/search?size=1&size=2", "size");
    refused.put("/api/people?top=100000000", "--top must be 1 to 1000");
    refused.put("/api/timeline?by=week", "--by must be year, month or day");
    refused.put("/api/timeline?dates=someday", "--dates must be published or mentions");
    refused.put("/api/timeline?dates=mentions&by=day&published=2020..2025", "at most 400 periods");
    refused.put("/api/quotes?from=yesterday", "--from/--to");
    refused.put("/api/articles/x?pretty=true", "takes no parameters");
    refused.forEach((path, says) -> {
      Answer a = get(path);
      assertEquals(400, a.status(), path + ": " + a.body());
      assertTrue(a.body().contains(says), path + ": " + a.body());
    });
    String badEscape = raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(badEscape.startsWith("HTTP/1.1 400"), badEscape);
    // An @ starts no argument file: picocli's expansion is off, so these are words to search for (the files
    // exist in the tests' working directory: expanded, they would be the query and the filters).
    for (String path : List.of("/api/search?q=" + enc("@README.md"), "/api/search?person=" + enc("@pom.xml"),
        "/api/people?q=" + enc("@pom.xml"), "/api/search?q=grid&source=" + enc("@/etc/passwd"))) {
      Answer a = get(path);
      assertEquals(200, a.status(), path + ": " + a.body());
      assertFalse(a.body().contains("root:") || a.body().contains("<project") || a.body().contains("lede"), a.body());
    }
  }

  @Test
  void unknownIdsAndApisAre404() throws IOException {
    Answer missing = get("/api/articles/" + enc("no/such/article"));
    assertEquals(404, missing.status());
    assertEquals("no article with id no/such/article", missing.json().get("error"));
    assertEquals(404, get("/api/articles/").status());
    assertEquals(404, get("/api/stats").status());
    assertEquals(200, get("/api/articles/" + ServedIndex.HOSTILE_ID).status());
  }

  @Test
  void aSearchPastItsDeadlineIs503() throws IOException {
    LedeOptions quick = LedeOptions.builder().readOnly(true).searchTimeout(Duration.ofNanos(1)).build();
    try (Lede lede = Lede.open(served.dir, quick);
        WebServer server = WebServer.start(lede, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      // Counts too: a count cut short is refused by the library, never shown partial.
      for (String api : List.of("search?q=grid", "quotes?q=grid", "people?q=grid", "sources", "timeline?q=grid")) {
        Answer a = send(HttpRequest.newBuilder(server.url().resolve("/api/" + api)).build());
        assertEquals(503, a.status(), api + ": " + a.body());
        assertTrue(((String) a.json().get("error")).contains("time limit"), a.body());
      }
    }
  }

  @Test
  void theServerIsReadOnlyAndTakesNoBodies() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      Answer a = send(HttpRequest.newBuilder(served.url("/api/search?q=grid"))
          .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
      assertEquals(405, a.status(), method);
      assertEquals("GET, HEAD", a.response().headers().firstValue("Allow").orElse(""));
    }
    Answer withBody = send(HttpRequest.newBuilder(served.url("/api/search?q=grid"))
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(1000))).build());
    assertEquals(413, withBody.status());
    Answer head = send(HttpRequest.newBuilder(served.url("/api/search?q=grid")).HEAD().build());
    assertEquals(200, head.status());
    assertEquals("", head.body());
  }

  @Test
  void onlyThePagesFilesAreServedAndNoPathLeavesTheirFolder() {
    Answer page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<script type=\"module\" src=\"app.js\">"), page.body());
    assertEquals("text/javascript; charset=utf-8", get("/app.js").response().headers().firstValue("Content-Type").orElse(""));
    for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")) {
      assertTrue(page.response().headers().firstValue(header).isPresent(), header);
    }
    assertTrue(page.response().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fpom.xml",
        "/web/app.js", "/io/github/lede/cli/Main.class", "/Main.class", "/cli/Main.class", "/app.js%00.html",
        "/APP.JS", "/.%2e/.%2e/README.md", "//etc/passwd", "/%2Fetc%2Fpasswd", "/index.html/..", "/lede-cli.jar",
        "/META-INF/MANIFEST.MF", "/app.js/", "/..\\..\\pom.xml", "/api/../../etc/passwd", "/api/articles/../../../etc/passwd",
        "/api/%2e%2e/%2e%2e/pom.xml")) {
      String status = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertTrue(status.startsWith("HTTP/1.1 404") || status.startsWith("HTTP/1.1 400"), path + ": " + status);
    }
  }

  @Test
  void onLoopbackOnlyThisMachinesNamesAreAnswered() {
    String evil = raw("GET /api/people HTTP/1.1\r\nHost: archive.example.com\r\nConnection: close\r\n\r\n");
    assertTrue(evil.startsWith("HTTP/1.1 403"), evil);
    for (String host : List.of("localhost:" + served.server.url().getPort(), "127.0.0.1", "LOCALHOST")) {
      String ok = raw("GET /api/people HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
      assertTrue(ok.startsWith("HTTP/1.1 200"), host + ": " + ok);
    }
  }

  @Test
  void anOversizedRequestIsRefusedAndTheServerGoesOn() {
    String huge = raw("GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertFalse(huge.startsWith("HTTP/1.1 200"), huge);
    String longQuery = raw("GET /api/search?q=" + "a+".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n");
    assertTrue(longQuery.startsWith("HTTP/1.1 414") || longQuery.startsWith("HTTP/1.1 400"), longQuery);
    assertEquals(200, get("/api/people").status());
  }

  /** The first line of the answer to a request written as is (or "closed" when the server hung up on it). */
  static String raw(String request) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), served.server.url().getPort())) {
      s.setSoTimeout(15_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return all.isEmpty() ? "closed" : all.lines().findFirst().orElse("");
    } catch (IOException e) {
      return "closed: " + e.getMessage();
    }
  }

  @Test
  void theLoadTestServesTwoHundredConcurrentRequestsWithoutAnError() throws Exception {
    ServeLoad.Figures f = ServeLoad.run(served, http, 200);
    assertEquals(200, f.ok(), f.toString());
    assertEquals(0, f.wrong(), f.toString());
  }

  static URI uri(String pathAndQuery) {
    return served.url(pathAndQuery);
  }
}
