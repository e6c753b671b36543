package io.github.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.ingest.ArticleReaderTest.Collected;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch reads below folders: links followed, special files and loops reported, ids from paths. */
class InputFilesTest {
  @TempDir Path dir;
  private Path news;

  @BeforeEach
  void corpus() throws IOException {
    news = Files.createDirectories(dir.resolve("news/2024"));
    news = news.getParent();
    Files.writeString(news.resolve("2024/rains.txt"), "Rains return to the north\n\nThe rains came back.");
    Files.writeString(news.resolve("port.txt"), "Port reopens after storm\n\nThe port reopened.");
  }

  private static Collected read(Path... paths) {
    Collected c = new Collected();
    new ArticleReader(1 << 20).read(List.of(paths), c);
    return c;
  }

  private static List<String> ids(Collected c) {
    return c.articles.stream().map(RawArticle::id).toList();
  }

  @Test
  void aFilesArticleIsNamedByItsPathBelowTheFolderGiven() {
    assertEquals(List.of("news/2024/rains.txt", "news/port.txt"), ids(read(news)));
    // The same folder named another way, or a file of it named alone, gives the same ids.
    assertEquals(ids(read(news)), ids(read(news.resolve("2024/../"))));
    assertEquals(List.of("news/port.txt"), ids(read(news.resolve("port.txt"))));
    assertEquals(List.of("news/port.txt"), ids(read(news.resolve("./port.txt"))));
  }

  @Test
  void anIdOrUrlInTheHeaderWinsOverThePath() throws IOException {
    Files.writeString(news.resolve("port.txt"), "Id: port-7\nTitle: Port reopens\n\nThe port reopened.");
    Files.writeString(news.resolve("2024/rains.txt"), "URL: https://example.com/rains\n\nThe rains came back.");
    Collected c = read(news);
    assertEquals(java.util.Arrays.asList(null, "port-7"), ids(c));
    assertEquals("https://example.com/rains", c.articles.get(0).url());
  }

  @Test
  void aLinkToAFolderIsFollowed() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("today"), news);
    Collected c = read(link);
    assertEquals(List.of("today/2024/rains.txt", "today/port.txt"), ids(c));
    assertEquals(List.of(), c.skipped);
  }

  @Test
  void aLinkLoopIsSkippedWithItsReasonAndTheRestIsRead() throws IOException {
    Files.createSymbolicLink(news.resolve("2024/again"), news);
    Collected c = read(news);
    assertEquals(List.of("news/2024/rains.txt", "news/port.txt"), ids(c));
    assertEquals(List.of(news.resolve("2024/again") + ": a symbolic link loop: it leads back to a folder above it"),
        c.skipped);
  }

  @Test
  void aFileOrFolderReachedTwiceIsReadOnce() throws IOException {
    Files.createSymbolicLink(news.resolve("also"), news.resolve("2024"));
    Files.createSymbolicLink(news.resolve("same.txt"), news.resolve("port.txt"));
    Collected c = read(news, news.resolve("port.txt"));
    assertEquals(List.of("news/2024/rains.txt", "news/port.txt"), ids(c));
    assertEquals(List.of(
        news.resolve("also") + ": the same folder as " + news.resolve("2024") + ", read already",
        news.resolve("same.txt") + ": the same file as " + news.resolve("port.txt") + ", read already",
        news.resolve("port.txt") + ": the same file as " + news.resolve("port.txt") + ", read already"), c.skipped);
  }

  @Test
  void brokenLinksAndDevicesAreSkippedNamingWhatTheyAre() throws IOException {
    Files.createSymbolicLink(news.resolve("gone.txt"), news.resolve("nowhere.txt"));
    assumeTrue(Files.exists(Path.of("/dev/null")));
    Path toNull = Files.createSymbolicLink(news.resolve("null.txt"), Path.of("/dev/null"));
    Collected c = read(news);
    // Removed here, so that JUnit's clean-up never meets a link out of its folder.
    Files.delete(toNull);
    assertEquals(2, c.articles.size());
    assertEquals(List.of(
        news.resolve("gone.txt") + ": a broken symbolic link (to " + news.resolve("nowhere.txt")
            + ", which does not exist)",
        news.resolve("null.txt") + ": a device, not a regular file (through a symbolic link); lede reads files only"),
        c.skipped);
  }

  @Test
  void aNamedPipeIsSkippedNotWaitedOn() throws Exception {
    Path fifo = news.resolve("feed.jsonl");
    assumeTrue(mkfifo(fifo), "no mkfifo here");
    Collected c = read(news, fifo);
    assertEquals(2, c.articles.size());
    String reason = ": a named pipe (FIFO), not a regular file; lede reads files only";
    assertEquals(List.of(fifo + reason, fifo + reason), c.skipped);
  }

  @Test
  void aMissingPathAndABrokenLinkGivenByNameFail() throws IOException {
    Path broken = Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nowhere"));
    Collected c = read(dir.resolve("missing"), broken, news);
    assertEquals(2, c.articles.size());
    assertEquals(List.of(dir.resolve("missing") + ": no such file or directory",
        broken + ": a broken symbolic link (to " + dir.resolve("nowhere") + ", which does not exist)"),
        c.failures.stream().map(Throwable::getMessage).toList());
  }

  @Test
  void anUnreadableFolderFailsAloneAndTheRestIsRead() throws IOException {
    Path locked = Files.createDirectories(news.resolve("locked"));
    Files.writeString(locked.resolve("secret.txt"), "Secret\n\nNot to be read.");
    locked.toFile().setReadable(false);
    try {
      assumeTrue(!Files.isReadable(locked), "running as a user who reads everything (root)");
      Collected c = read(news);
      assertEquals(2, c.articles.size());
      assertEquals(List.of(locked + ": cannot read: permission denied"),
          c.failures.stream().map(Throwable::getMessage).toList());
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void aFileThatVanishesMidBatchFailsAloneWithAClearReason() throws IOException {
    Path port = news.resolve("port.txt");
    Collected c = new Collected() {
      @Override
      public void fileDone(long bytes) {
        // After the first file: the second, listed already, is deleted before it is read.
        try {
          Files.deleteIfExists(port);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    Files.writeString(news.resolve("after.txt"), "After the storm\n\nThe town cleaned up.");
    new ArticleReader(1 << 20).read(List.of(news), c);
    assertEquals(List.of("news/2024/rains.txt", "news/after.txt"), ids(c));
    assertEquals(List.of(port + ": gone: it no longer exists (deleted or moved while the batch ran?)"),
        c.failures.stream().map(Throwable::getMessage).toList());
  }

  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
