package io.github.lede.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the development data lives: {@code ../shared/data/dev} beside the checkout. Users' clones lack it, so
 * the quality-floor tests skip (not fail) without it.
 */
final class SharedData {
  static final Path DEV = Path.of("..", "shared", "data", "dev");

  private SharedData() {}

  static Path require(String relative) {
    Path p = DEV.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "no " + p + " (development data is not in users' clones)");
    return p;
  }
}
