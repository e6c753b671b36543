package io.github.lede;

import io.github.lede.reliability.SuiteReport;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the inputs a fuzz test ran and, after a fuzzing run (not a regression run on the seeds), writes them
 * as the figures of a reliability suite: {@code fuzzing-<target>.json}. A finding fails the build before
 * this is written, so a file says its run ended clean.
 */
public final class FuzzFigures {
  private final String target;
  private final String what;
  private final String budget;
  private final AtomicLong inputs = new AtomicLong();

  /**
   * @param target the file name's tail: {@code queries}
   * @param what what was fuzzed, for the report: {@code the query parser and every search path}
   * @param budget the short run's budget as the fuzz test's annotation sets it
   */
  public FuzzFigures(String target, String what, String budget) {
    this.target = target;
    this.what = what;
    this.budget = budget;
  }

  /** Counts one input; call it first thing in the fuzz test. */
  public void input() {
    inputs.incrementAndGet();
  }

  /** Writes the figures when this JVM was fuzzing; call it from an {@code @AfterAll}. */
  public void writeIfFuzzing() {
    String mode = System.getProperty("JAZZER_FUZZ", System.getenv("JAZZER_FUZZ"));
    if (mode == null || mode.isEmpty() || mode.equals("0") || mode.equalsIgnoreCase("false")) {
      return;
    }
    SuiteReport.of("fuzzing-" + target, "fuzzing: " + target, 50,
            "Coverage-guided fuzzing (Jazzer) of " + what + " finds no input that breaks its contract; every"
                + " build fuzzes each target briefly and replays the committed seeds and past findings.")
        .figure("inputs tried in this build's run", SuiteReport.count(inputs.get()))
        .figure("budget", budget)
        .figure("findings", "0")
        .write();
  }
}
