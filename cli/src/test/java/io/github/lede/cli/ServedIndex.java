package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An index of the fixtures and one hostile article, served by {@link WebServer} on 127.0.0.1 at a free
 * port: what the API and browser tests talk to. Closing it stops the server and closes the index.
 */
final class ServedIndex implements AutoCloseable {
  /** The hostile article's id; its text is markup and script that a page must show as text. */
  static final String HOSTILE_ID = "hostile-harbour";
  /** Set in the page by any of the hostile article's payloads that runs. */
  static final String PWNED = "__pwned";

  /** Written here, not in index-fixtures/: it exists to attack the page, and the fixtures' counts stay as they are. */
  private static final String HOSTILE = """
      {"id": "hostile-harbour", "headline": "Harbour board <img src=x onerror=\\"window.__pwned=1\\"> meets", \
      "source": "<b onmouseover=\\"window.__pwned=1\\">Quay Post</b>", "url": "javascript:window.__pwned=1", \
      "published": "2024-06-12", "body": "The harbour board met on Tuesday. <script>window.__pwned=1</script> A sign \
      read <img src=x onerror=\\"window.__pwned=1\\"> and a link <a href=\\"javascript:window.__pwned=1\\">click \
      here</a>.\\n\\n\\"We will not <script>window.__pwned=1</script> dredge this year,\\" said chair Marta Olsen."}
      """;

  /** The fixtures' 46 articles and the hostile one. */
  static final int ARTICLES = 47;

  final Path dir;
  final Lede lede;
  final WebServer server;

  private ServedIndex(Path dir, Lede lede, WebServer server) {
    this.dir = dir;
    this.lede = lede;
    this.server = server;
  }

  /** Indexes into {@code dir}/index, then serves it read-only with these options. */
  static ServedIndex start(Path dir, LedeOptions options) {
    Path index = dir.resolve("index");
    try {
      Path hostile = dir.resolve("hostile.jsonl");
      Files.writeString(hostile, HOSTILE);
      try (Lede writer = Lede.open(index)) {
        IndexSummary s = writer.index(Path.of("index-fixtures"), hostile);
        assertEquals(ARTICLES, s.indexed(), s.toString());
      }
      Lede lede = Lede.open(index, options.toBuilder().readOnly(true).build());
      return new ServedIndex(index, lede, WebServer.start(lede, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServedIndex start(Path dir) {
    return start(dir, LedeOptions.defaults());
  }

  /** An address on the server: {@code url("/api/search?q=grid")}. */
  URI url(String pathAndQuery) {
    return server.url().resolve(pathAndQuery);
  }

  @Override
  public void close() {
    server.close();
    lede.close();
  }
}
