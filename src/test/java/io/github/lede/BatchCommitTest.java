package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.reliability.GeneratedNews;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Commits during a long batch, what the listener hears of them, and a batch stopped on request. */
class BatchCommitTest {
  /** Hears commits and, when told to, asks the batch to stop once it has seen enough articles go in. */
  private static final class Recorder implements IndexListener {
    final List<Long> commits = new ArrayList<>();
    final AtomicInteger asked = new AtomicInteger();
    final int stopAfter;

    Recorder(int stopAfter) {
      this.stopAfter = stopAfter;
    }

    @Override
    public void onCommit(long durable) {
      commits.add(durable);
    }

    @Override
    public boolean stopRequested() {
      return asked.incrementAndGet() > stopAfter;
    }
  }

  private static Lede lede(long every) {
    return Lede.inMemory(LedeOptions.builder().commitEvery(every).commitInterval(Duration.ZERO).build());
  }

  @Test
  void aLongBatchCommitsEveryNArticlesAndOnceMoreAtItsEnd() {
    try (Lede lede = lede(100)) {
      Recorder r = new Recorder(Integer.MAX_VALUE);
      IndexSummary s = lede.indexRaw(GeneratedNews.articles(3, 350), r);
      assertEquals(List.of(100L, 200L, 300L, 350L), r.commits);
      assertEquals(350, s.durable());
      assertFalse(s.stopped());
    }
  }

  @Test
  void withoutCountOrIntervalTheBatchCommitsOnlyAtItsEnd() {
    try (Lede lede = lede(0)) {
      Recorder r = new Recorder(Integer.MAX_VALUE);
      lede.indexRaw(GeneratedNews.articles(3, 250), r);
      assertEquals(List.of(250L), r.commits);
    }
  }

  @Test
  void aStoppedBatchCommitsWhatItWroteAndSaysSo() {
    try (Lede lede = lede(50)) {
      Recorder r = new Recorder(120);
      IndexSummary s = lede.indexRaw(GeneratedNews.articles(3, 1000), r);
      assertTrue(s.stopped());
      // asked before each article: 120 went in, and were written and committed
      assertEquals(120, s.indexed(), s.toString());
      assertEquals(s.indexed(), s.durable());
      assertEquals(s.durable(), r.commits.get(r.commits.size() - 1));
      assertEquals(s.durable(), lede.stats().articles());
    }
  }

  @Test
  void aBatchStoppedBeforeItBeganWritesNothing() {
    try (Lede lede = lede(50)) {
      IndexSummary s = lede.indexArticles(List.of());
      assertEquals(0, s.durable());
      Recorder r = new Recorder(0);
      IndexSummary stopped = lede.indexRaw(GeneratedNews.articles(3, 10), r);
      assertTrue(stopped.stopped());
      assertEquals(0, stopped.indexed());
      assertEquals(0, lede.stats().articles());
    }
  }

  @Test
  void optionsRefuseNegativeCommitSettings() {
    assertThrows(() -> LedeOptions.builder().commitEvery(-1).build());
    assertThrows(() -> LedeOptions.builder().commitInterval(Duration.ofSeconds(-1)).build());
  }

  private static void assertThrows(Runnable r) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
  }
}
