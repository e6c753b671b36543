package io.github.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a careless scanner quadratic: long runs of abbreviations, glued stops, dashes,
 * capitals and brackets on one line. Each must extract in one pass; a quadratic scan would take hours on
 * these, so a regression shows as a test run that does not end.
 */
class HostileInputTest {
  private static final int SIZE = 2_000_000;

  private static Article extract(String unit) {
    return Articles.extract("Headline of the test\n\n" + unit + "\n\nLast paragraph.");
  }

  @Test
  void abbreviationRuns() {
    assertFalse(extract("a.".repeat(SIZE / 2) + " Then more.").body().isEmpty());
  }

  @Test
  void gluedStopsBeforeCapitals() {
    assertFalse(extract("x.Y".repeat(SIZE / 3)).body().isEmpty());
  }

  @Test
  void dashesAndCapitals() {
    assertFalse(extract("WASHINGTON - ".repeat(SIZE / 13)).body().isEmpty());
  }

  @Test
  void bracketsAndSlashes() {
    assertFalse(extract("(AP Photo/".repeat(SIZE / 10) + ")").body().isEmpty());
  }

  @Test
  void manyShortLines() {
    assertFalse(Articles.extract("Headline of the test\n\n" + "Share\nA\n".repeat(SIZE / 8) + "Text here.").body()
        .isEmpty());
  }

  @Test
  void oneHugeLineWithoutSpaces() {
    assertFalse(extract("Q".repeat(SIZE)).body().isEmpty());
  }
}
