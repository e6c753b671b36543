package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code lede index} in a JVM of its own, killed with SIGKILL at points spread over its run (by
 * the commits it has reported, then at once, or at a moment read from the index directory: while a commit is
 * being written, while a segment is, by a flush or a merge), then checked as a user would find it: CheckIndex clean; exactly the articles its
 * last commit recorded; no article twice; no quote without its article; and a rerun of the same command
 * converging to what an uninterrupted run holds. Every other rerun is itself killed once first, to crash
 * while updating what an earlier run committed. Ctrl-C and SIGTERM stop cleanly after a commit.
 *
 * <p>The corpus is the first 2,000 Reuters-21578 articles from {@code ../shared} when present, else 2,000
 * generated ones, with a commit every 100 articles so that a run holds many commits and merges. With
 * {@code -Dlede.reliability.long=true} (./lede reliability -Dlede.reliability.long=true): the whole corpus,
 * 30 kill points, a commit every 1,000.
 */
class CrashSafetyTest {
  private static final boolean LONG = Boolean.getBoolean("lede.reliability.long");
  private static final Path REUTERS = Path.of("..", "shared", "corpus", "reuters21578.jsonl");
  private static final int SLICE = LONG ? Integer.MAX_VALUE : 2000;
  private static final int GENERATED = LONG ? 20_000 : 2000;
  private static final int KILLS = LONG ? 30 : 8;
  private static final int COMMIT_EVERY = LONG ? 1000 : 100;
  /** A run of the slice takes seconds; this bounds a hung child, not the speed. */
  private static final long RUN_BOUND_SECONDS = LONG ? 1800 : 600;

  @TempDir static Path tmp;
  private static Path corpus;
  private static String corpusName;
  private static IndexState reference;
  private static final Map<String, Integer> killedWhile = new TreeMap<>();
  private static int kills;
  private static int cleanAfterKill;
  private static int exactAfterKill;
  private static int rerunKills;
  private static int rerunsConverged;
  private static int signalStops;
  private static int signalStopsClean;

  @BeforeAll
  static void corpusAndReference() throws IOException {
    corpus = tmp.resolve("corpus.jsonl");
    if (Files.exists(REUTERS)) {
      long n;
      try (Stream<String> lines = Files.lines(REUTERS)) {
        List<String> slice = lines.limit(SLICE).toList();
        n = slice.size();
        Files.write(corpus, slice);
      }
      corpusName = "Reuters-21578, " + (LONG ? "all " + SuiteReport.count(n) : "first " + SuiteReport.count(n))
          + " articles";
    } else {
      GeneratedNews.writeJsonLines(7, GENERATED, corpus);
      corpusName = SuiteReport.count(GENERATED) + " generated articles (../shared absent)";
    }
    Path dir = tmp.resolve("reference");
    ChildLede run = index(dir, "reference");
    assertEquals(0, run.await(RUN_BOUND_SECONDS), run.err());
    reference = IndexState.of(dir);
    assertTrue(reference.clean() && reference.articles() > 0, reference.toString());
    assertEquals(reference.articles(), reference.distinctIds());
    assertEquals(0, reference.orphanQuotes());
  }

  private static ChildLede index(Path dir, String name) {
    return ChildLede.start(tmp.resolve("logs"), name, "index", corpus.toString(), "--index", dir.toString(),
        "--commit-every", Integer.toString(COMMIT_EVERY));
  }

  @Test
  void killedAnywhereTheIndexHoldsItsLastCommitAndARerunConverges() throws IOException {
    long commitsPerRun = reference.articles() / COMMIT_EVERY;
    for (int i = 0; i < KILLS; i++) {
      // Spread over the run by the child's own progress (commits it reported), not by time, which a loaded
      // machine stretches: from the start to nine tenths of the way, then a moment chosen three ways.
      long afterCommits = Math.round(commitsPerRun * 0.9 * i / Math.max(1, KILLS - 1));
      Predicate<Path> moment = switch (i % 3) {
        case 0 -> d -> Files.exists(d.resolve("write.lock")); // the index is open: reading has begun
        case 1 -> CrashSafetyTest::committing;
        default -> CrashSafetyTest::writingSegment;
      };
      Path dir = tmp.resolve("kill-" + i);
      ChildLede child = index(dir, "kill-" + i);
      if (!killAt(child, dir, afterCommits, 100_000_000L + i * 40_000_000L % 300_000_000L, moment)) {
        continue;
      }
      kills++;
      killedWhile.merge(doing(dir), 1, Integer::sum);
      IndexState s = IndexState.of(dir);
      List<Long> reported = child.reportedCommits();
      long lastReported = reported.isEmpty() ? 0 : reported.get(reported.size() - 1);
      assertTrue(s.clean(), "kill " + i + ": CheckIndex\n" + s.check());
      cleanAfterKill++;
      if (!s.committed()) {
        assertEquals(List.of(), reported, "kill " + i + ": commits reported but none on disk");
      } else {
        // The commit on disk is the last one reported, or the next one if the kill came before the report.
        assertEquals(s.batchArticles(), s.articles(), "kill " + i + ": " + s);
        assertTrue(lastReported <= s.articles() && s.articles() <= lastReported + COMMIT_EVERY,
            "kill " + i + ": reported " + reported + ", on disk " + s);
        assertIntact(s, "kill " + i);
      }
      exactAfterKill++;

      if (i % 2 == 1) {
        // Crash again while the rerun updates what this run committed: nothing committed may be lost.
        ChildLede again = index(dir, "kill-" + i + "-again");
        if (killAt(again, dir, commitsPerRun / 2, 0, d -> true)) {
          rerunKills++;
          IndexState t = IndexState.of(dir);
          assertTrue(t.clean(), "kill " + i + " again: CheckIndex\n" + t.check());
          assertTrue(t.articles() >= s.articles(), "kill " + i + " again lost articles: " + s + " then " + t);
          assertIntact(t, "kill " + i + " again");
        }
      }
      ChildLede rerun = index(dir, "kill-" + i + "-rerun");
      assertEquals(0, rerun.await(RUN_BOUND_SECONDS), rerun.err());
      IndexState r = IndexState.of(dir);
      assertTrue(r.clean(), "rerun " + i + ": CheckIndex\n" + r.check());
      assertEquals(reference.articles(), r.articles(), "rerun " + i);
      assertEquals(reference.quotes(), r.quotes(), "rerun " + i);
      assertIntact(r, "rerun " + i);
      rerunsConverged++;
    }
    assertTrue(kills >= KILLS - 1, "only " + kills + " of " + KILLS + " runs were killed before they ended");
    assertEquals(kills, rerunsConverged);
  }

  private static void assertIntact(IndexState s, String what) {
    assertEquals(s.articles(), s.distinctIds(), what + ": an article twice");
    assertEquals(0, s.orphanQuotes(), what + ": quotes without their article");
  }

  /**
   * Waits until the child has reported so many commits, then the delay, then until the moment is seen in the
   * index directory, and kills the child with SIGKILL; false when the child ended first.
   */
  private static boolean killAt(ChildLede child, Path dir, long afterCommits, long delayNanos,
      Predicate<Path> moment) {
    long start = System.nanoTime();
    long reached = -1;
    try {
      while (child.process.isAlive()) {
        if (reached < 0 && child.reportedCommits().size() >= afterCommits) {
          reached = System.nanoTime();
        }
        if (reached >= 0 && System.nanoTime() - reached >= delayNanos && moment.test(dir)) {
          child.kill();
          return true;
        }
        // A short nap, not a spin: the child needs the machine's cores more than the watcher does.
        LockSupport.parkNanos(500_000);
        if (System.nanoTime() - start > RUN_BOUND_SECONDS * 1_000_000_000L) {
          throw new AssertionError("lede ran past " + RUN_BOUND_SECONDS + " s");
        }
      }
      return false;
    } finally {
      child.kill();
    }
  }

  /** A commit is being written: Lucene writes pending_segments_N, syncs, then renames it. */
  private static boolean committing(Path dir) {
    return files(dir).stream().anyMatch(f -> f.startsWith("pending_segments"));
  }

  /** A flush or a merge is writing a segment: it has files but not yet its .si, which comes last. */
  private static boolean writingSegment(Path dir) {
    Set<String> names = files(dir);
    Set<String> started = new HashSet<>();
    Set<String> described = new HashSet<>();
    for (String f : names) {
      if (f.startsWith("_")) {
        String segment = f.substring(0, segmentEnd(f));
        (f.endsWith(".si") ? described : started).add(segment);
      }
    }
    started.removeAll(described);
    return !started.isEmpty();
  }

  private static int segmentEnd(String file) {
    int i = 1;
    while (i < file.length() && file.charAt(i) != '_' && file.charAt(i) != '.') {
      i++;
    }
    return i;
  }

  /** What the killed run was doing, read from what it left on disk. */
  private static String doing(Path dir) {
    if (committing(dir)) {
      return "writing a commit";
    }
    return writingSegment(dir) ? "writing a segment (a flush or a merge)" : "extracting and buffering";
  }

  private static Set<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      Set<String> names = new HashSet<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (IOException | UncheckedIOException e) {
      return Set.of(); // a file renamed or deleted while listed: look again
    }
  }

  @Test
  void ctrlCAndSigtermStopAfterACommitAndSaySo() throws IOException {
    for (String signal : List.of("TERM", "INT")) {
      Path dir = tmp.resolve("signal-" + signal);
      ChildLede child = index(dir, "signal-" + signal);
      try {
        // once it has committed, so that there is work in memory and on disk when the signal comes
        long start = System.nanoTime();
        while (child.process.isAlive() && child.reportedCommits().isEmpty()
            && System.nanoTime() - start < RUN_BOUND_SECONDS * 1_000_000_000L) {
          LockSupport.parkNanos(5_000_000);
        }
        if (!child.process.isAlive()) {
          continue;
        }
        signalStops++;
        child.signal(signal);
        int code = child.await(RUN_BOUND_SECONDS);
        String out = child.out();
        assertEquals(signal.equals("TERM") ? 143 : 130, code, out + child.err());
        assertTrue(child.err().contains("stopping: committing what is indexed"), child.err());
        String stopped = out.lines().filter(l -> l.startsWith("stopped: ")).findFirst()
            .orElseThrow(() -> new AssertionError("no 'stopped:' line: " + out + child.err()));
        long durable = Long.parseLong(stopped.substring("stopped: ".length(), stopped.indexOf(" articles durable")));
        IndexState s = IndexState.of(dir);
        assertTrue(s.clean(), s.check());
        assertEquals(durable, s.articles(), out);
        assertTrue(durable > 0 && durable < reference.articles(), out);
        assertIntact(s, "after SIG" + signal);
        signalStopsClean++;
      } finally {
        child.kill();
      }
    }
  }

  @AfterAll
  static void report() {
    if (reference == null) {
      return;
    }
    StringBuilder where = new StringBuilder();
    killedWhile.forEach((doing, n) -> where.append(where.isEmpty() ? "" : ", ").append(n).append(' ').append(doing));
    SuiteReport.of("crash-safety", "crash safety", 20,
            "lede index killed at any moment (SIGKILL) leaves an index that CheckIndex finds clean and that holds "
                + "exactly what its last commit recorded, no article twice and no quote without its article; "
                + "running the same command again completes it. Ctrl-C and SIGTERM stop after a commit and say how "
                + "many articles are durable.")
        .figure("corpus", corpusName + ", a commit every " + SuiteReport.count(COMMIT_EVERY))
        .figure("kill points (SIGKILL)", SuiteReport.count(kills) + (where.isEmpty() ? "" : ": " + where))
        .figure("CheckIndex clean after the kill", SuiteReport.of(cleanAfterKill, kills))
        .figure("index held exactly its last commit", SuiteReport.of(exactAfterKill, kills))
        .figure("kills while a rerun updated committed articles, nothing lost", SuiteReport.count(rerunKills))
        .figure("reruns converged to the uninterrupted run (" + SuiteReport.count(reference.articles())
            + " articles, " + SuiteReport.count(reference.quotes()) + " quotes)", SuiteReport.of(rerunsConverged, kills))
        .figure("Ctrl-C and SIGTERM stopped after a commit, with the durable count",
            SuiteReport.of(signalStopsClean, signalStops))
        .write();
  }
}
