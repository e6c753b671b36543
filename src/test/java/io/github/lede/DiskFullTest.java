package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import io.github.lede.reliability.GeneratedNews;
import io.github.lede.reliability.SuiteReport;
import io.github.lede.search.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, on a Lucene directory that fails writes past a quota as the JDK does on a real full disk (the
 * CLI's tests fill a real filesystem too, where the machine allows). At each of a range of free spaces the
 * disk fills somewhere else (writing new articles, a commit, a merge); every time, the batch must end in
 * {@link IndexingFailedException} caused by {@link DiskFullException}, with a summary of what it committed;
 * the index must hold exactly that (CheckIndex clean), keep answering searches, refuse the next batch the same
 * way while the disk is full, and take it once there is space again.
 */
class DiskFullTest {
  private static final int FIRST = 60;
  private static final int SECOND = 500;
  /** Commits often or seldom, level by level, so the disk fills in commits and between them. */
  private static final int[] COMMIT_EVERY = {25, 100};
  /** Extracted once: the test is about writing them. */
  private static final List<Article> first = extracted(1, FIRST);
  private static final List<Article> second = extracted(2, SECOND);
  private static final Map<String, Integer> filledDuring = new TreeMap<>();
  private static int tried;
  private static int held;

  @TempDir Path tmp;

  @Test
  void aFullDiskEndsTheBatchWithWhatItCommittedAndTheIndexStaysUsable() throws IOException {
    List<Throwable> uncaught = new ArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    // A failed merge must not escape in its own thread (that printed a stack trace in the CLI).
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      synchronized (uncaught) {
        uncaught.add(e);
      }
    });
    try {
      // Free space as a share of what the second batch needs, from a sliver to half of it, in steps close
      // enough that the disk fills at many places.
      for (double share = 128; share >= 2; share /= Math.sqrt(2)) {
        fillAt(share);
      }
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    assertEquals(List.of(), uncaught);
  }

  private void fillAt(double share) throws IOException {
    Path dir = tmp.resolve("free-" + tried);
    int commitEvery = COMMIT_EVERY[tried % COMMIT_EVERY.length];
    LedeOptions options = LedeOptions.builder().commitEvery(commitEvery).commitInterval(Duration.ZERO).build();
    try (QuotaDirectory disk = new QuotaDirectory(FSDirectory.open(dir));
        Lede lede = Lede.open(LuceneStore.open(disk, dir, options), options)) {
      assertEquals(FIRST, lede.indexArticles(first).durable());
      long free = (long) (disk.used() * SECOND / FIRST / share);
      disk.leaveFree(free);
      tried++;

      IndexingFailedException full = assertThrows(IndexingFailedException.class,
          () -> lede.indexArticles(second), "free " + free + " bytes");
      filledDuring.merge(disk.firstFailure(), 1, Integer::sum);
      DiskFullException cause = assertInstanceOf(DiskFullException.class, full.getCause(), full.toString());
      assertTrue(full.getMessage().startsWith("indexing stopped: disk full: no space left for the index at "),
          full.getMessage());
      assertTrue(cause.getMessage().contains("No space left on device"), cause.getMessage());
      long durable = full.summary().durable();
      assertEquals(0, durable % commitEvery, "commits come every " + commitEvery + " articles: " + durable);
      assertTrue(durable < SECOND && full.summary().indexed() >= durable, full.summary().toString());

      // What the last commit held, and nothing written after it, answers searches; no AlreadyClosedException.
      assertEquals(FIRST + durable, lede.stats().articles());
      assertEquals(FIRST + durable, lede.search(io.github.lede.model.SearchRequest.builder("said")
          .exactTotal(true).build()).total());
      assertTrue(lede.get(first.get(0).id()).isPresent());
      lede.refresh();

      // Still full: the next batch fails the same way, not with a closed writer.
      IndexingFailedException again = assertThrows(IndexingFailedException.class,
          () -> lede.indexArticles(second));
      assertInstanceOf(DiskFullException.class, again.getCause(), again.toString());
      assertEquals(FIRST + durable, lede.stats().articles());

      // Space again: the batch goes through, updating what the failed one had committed.
      disk.unlimited();
      IndexSummary retry = lede.indexArticles(second);
      assertEquals(SECOND, retry.durable());
      assertEquals(durable, retry.updated());
      assertEquals(FIRST + SECOND, lede.stats().articles());
    }
    try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean, "CheckIndex after 1/" + share + " of the space needed");
      assertEquals(Integer.toString(SECOND), SegmentInfos.readLatestCommit(d).getUserData()
          .get(LuceneStore.BATCH_ARTICLES));
    }
    held++;
  }

  private static List<Article> extracted(long seed, int count) {
    List<Article> out = new ArrayList<>();
    for (RawArticle raw : GeneratedNews.articles(seed, count)) {
      out.add(Articles.extract(raw, null));
    }
    return out;
  }

  @AfterAll
  static void report() {
    StringBuilder where = new StringBuilder();
    filledDuring.forEach((doing, n) -> where.append(where.isEmpty() ? "" : ", ").append(n).append(' ')
        .append(doing));
    SuiteReport.of("disk-full", "disk full", 60,
            "A full disk ends a batch with DiskFullException and a summary of what it committed; the index holds "
                + "exactly its last commit (CheckIndex clean), keeps answering searches, and takes the batch again "
                + "once there is space.")
        .figure("disk-full points tried (a quota on a Lucene directory, real JDK error)", SuiteReport.count(tried))
        .figure("ended cleanly, index intact and usable", SuiteReport.of(held, tried))
        .figure("where the disk filled", where.toString())
        .write();
  }
}
