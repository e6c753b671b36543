package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede delete ID...}: what it deletes, and its exit code when some ids are not in the index. */
class DeleteTest {
  @TempDir Path dir;

  private String indexTwo() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("rains.txt"), "Rains return to the north\n\nThe rains came back on Monday.");
    Files.writeString(news.resolve("port.txt"), "Port reopens after storm\n\nThe port reopened on Tuesday.");
    String index = dir.resolve("idx").toString();
    Run r = CliTest.lede("index", news.toString(), "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
    return index;
  }

  @Test
  void deletesEveryIdGivenAndExitsZero() throws IOException {
    String index = indexTwo();
    Run r = CliTest.lede("delete", "--index", index, "news/rains.txt", "news/port.txt");
    assertEquals(0, r.code(), r.err());
    assertEquals("deleted 2 articles from " + index + "\n", r.out());
    assertEquals("", r.err());
    assertTrue(CliTest.lede("stats", "--index", index).out().contains("articles  0"));
  }

  @Test
  void unknownIdsAreNamedOneALineAndExitOne() throws IOException {
    String index = indexTwo();
    Run r = CliTest.lede("delete", "--index", index, "news/rains.txt", "nope-1", "nope-2");
    assertEquals(Main.FAILED, r.code());
    assertEquals("deleted 1 article from " + index + "\n", r.out());
    assertEquals("lede: no article with id nope-1 in " + index + "\nlede: no article with id nope-2 in " + index
        + "\n", r.err());
    assertTrue(CliTest.lede("show", "--index", index, "news/port.txt").out().startsWith("Port reopens"));
  }
}
