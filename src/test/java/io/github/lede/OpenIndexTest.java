package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an index: reading never creates anything, and a refused writer is told who holds the index. */
class OpenIndexTest {
  private static final LedeOptions READ_ONLY = LedeOptions.builder().readOnly(true).build();

  @TempDir Path dir;

  @Test
  void readingAMissingDirectoryCreatesNothing() {
    Path missing = dir.resolve("mistyped/lede-index");
    NoIndexException e = assertThrows(NoIndexException.class, () -> Lede.open(missing, READ_ONLY));
    assertEquals("no index at " + missing + ": no such directory", e.getMessage());
    assertEquals(missing, e.index());
    assertFalse(Files.exists(dir.resolve("mistyped")));
  }

  @Test
  void readingAFileSaysItIsNotADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not an index");
    NoIndexException e = assertThrows(NoIndexException.class, () -> Lede.open(file, READ_ONLY));
    assertTrue(e.getMessage().endsWith("it is a file, not a directory"), e.getMessage());
  }

  @Test
  void readingAnEmptyDirectoryLeavesItEmpty() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    NoIndexException e = assertThrows(NoIndexException.class, () -> Lede.open(empty, READ_ONLY));
    assertTrue(e.getMessage().contains("holds no index"), e.getMessage());
    try (Stream<Path> files = Files.list(empty)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aWriterInAnotherProcessIsNamedAsSuch() throws Exception {
    Path index = dir.resolve("idx");
    String javaCommand = ProcessHandle.current().info().command().orElseThrow();
    Process holder = new ProcessBuilder(javaCommand, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        io.github.lede.support.IndexHolder.class.getName(), index.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("open", out.readLine());
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> Lede.open(index));
      assertTrue(e.getMessage().startsWith("index is locked: another process is writing to " + index),
          e.getMessage());
      assertEquals(index, e.index());
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    // Once it is gone, this process may write; a refused open left no claim behind.
    try (Lede lede = Lede.open(index)) {
      assertEquals(0, lede.stats().articles());
    }
  }

  @Test
  void aSecondWriterInThisProcessIsToldSo() {
    Path index = dir.resolve("idx");
    try (Lede first = Lede.open(index)) {
      first.indexRaw(java.util.List.of(io.github.lede.model.RawArticle.ofText("Rains return\n\nThe rains came back.")),
          IndexListener.NONE);
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> Lede.open(index));
      assertTrue(e.getMessage().startsWith("index is already open for writing in this process"), e.getMessage());
      assertFalse(e.getMessage().contains("another process"), e.getMessage());
      // The same directory named another way is the same index.
      assertThrows(IndexLockedException.class, () -> Lede.open(index.resolve("../idx")));
      // Reading beside the writer is fine.
      try (Lede reader = Lede.open(index, READ_ONLY)) {
        assertEquals(1, reader.stats().articles());
      }
    }
    // Closed, it can be opened again; closing twice does not release another instance's claim.
    Lede again = Lede.open(index);
    again.close();
    again.close();
    try (Lede third = Lede.open(index)) {
      assertThrows(IndexLockedException.class, () -> Lede.open(index));
      assertEquals(1, third.stats().articles());
    }
  }
}
