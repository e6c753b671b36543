package io.github.lede.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchDeadlineTest {
  @Test
  void aSpentBudgetHasPassedUntilTheClockStops() {
    SearchDeadline.start(Duration.ofSeconds(-1));
    assertTrue(SearchDeadline.passed());
    SearchDeadline.stop();
    assertFalse(SearchDeadline.passed());
  }

  @Test
  void aGenerousBudgetHasNotPassed() {
    SearchDeadline.start(Duration.ofHours(1));
    try {
      assertFalse(SearchDeadline.passed());
    } finally {
      SearchDeadline.stop();
    }
  }

  @Test
  void eachThreadHasItsOwnDeadline() throws InterruptedException {
    SearchDeadline.start(Duration.ofSeconds(-1));
    try {
      boolean[] seen = new boolean[1];
      Thread other = new Thread(() -> seen[0] = SearchDeadline.passed());
      other.start();
      other.join();
      assertFalse(seen[0]);
    } finally {
      SearchDeadline.stop();
    }
  }
}
