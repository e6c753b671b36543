package io.github.lede.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a terminal, for progress bars and bold highlights. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard output is an interactive terminal. From JDK 22 {@code System.console()} may exist for
   * redirected output too, so {@code Console.isTerminal()} is asked where it exists (lede targets Java 21).
   */
  static boolean isInteractive() {
    Console c = System.console();
    if (c == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static final String BOLD = "\u001b[1m";
  static final String RESET = "\u001b[0m";
}
