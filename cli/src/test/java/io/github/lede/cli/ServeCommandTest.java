package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.reliability.ChildLede;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede serve} as a user runs it: where it listens, what it says, how it stops, and its usage errors. */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("lede: serving index at .* at (http://127\\.0\\.0\\.1:\\d+/) \\(this machine only");

  @TempDir Path dir;

  private String index() {
    String index = dir.resolve("idx").toString();
    assertEquals(0, CliTest.lede("index", "index-fixtures", "--index", index).code());
    return index;
  }

  @Test
  void itListensOnLoopbackSaysWhereAnswersAndStopsOnSigterm() throws Exception {
    String index = index();
    ChildLede child = ChildLede.start(dir.resolve("logs"), "serve", "serve", "--index", index, "--port", "0");
    try (HttpClient http = HttpClient.newHttpClient()) {
      URI url = null;
      for (int i = 0; i < 600 && url == null && child.process.isAlive(); i++) {
        Matcher m = SERVING.matcher(child.out());
        if (m.find()) {
          url = URI.create(m.group(1));
        } else {
          Thread.sleep(100);
        }
      }
      assertTrue(url != null, "no address said: " + child.out() + child.err());
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/api/search?q=grid")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals(CliTest.lede("search", "--index", index, "--json", "grid").out().strip(), r.body());
      assertEquals(200, http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      child.signal("TERM");
      assertEquals(143, child.await(60));
      assertTrue(child.err().contains("lede: stopped serving index at"), child.err());
      assertFalse(child.err().contains("\tat "), "no stack trace: " + child.err());
    } finally {
      child.kill();
    }
  }

  @Test
  void aPortInUseIsSaidInOneLine() throws Exception {
    String index = index();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliTest.Run r = CliTest.lede("serve", "--index", index, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(1, r.code());
      assertEquals("lede: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use"
          + " (--port chooses another port)", r.err().strip());
    }
  }

  @Test
  void noIndexOrABadPortIsAUsageError() {
    CliTest.Run none = CliTest.lede("serve", "--index", dir.resolve("none").toString());
    assertEquals(2, none.code());
    assertTrue(none.err().startsWith("lede: no index at"), none.err());
    CliTest.Run port = CliTest.lede("serve", "--index", dir.toString(), "--port", "70000");
    assertEquals(2, port.code());
    assertTrue(port.err().contains("--port must be 0 to 65535"), port.err());
  }
}
