package io.github.lede.support;

import io.github.lede.Lede;
import java.nio.file.Path;

/**
 * A second process for tests: opens the index given for writing, says "open" on standard output, and holds
 * it until its standard input closes.
 */
public final class IndexHolder {
  private IndexHolder() {}

  public static void main(String[] args) throws Exception {
    try (Lede lede = Lede.open(Path.of(args[0]))) {
      System.out.println(lede.options().readOnly() ? "read-only" : "open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to let go
      }
    }
  }
}
