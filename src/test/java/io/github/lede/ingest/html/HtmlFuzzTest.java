package io.github.lede.ingest.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.lede.ArticleInvariants;
import io.github.lede.Articles;
import io.github.lede.FuzzFigures;
import io.github.lede.InputException;
import org.junit.jupiter.api.AfterAll;

/**
 * Reading any bytes as an HTML page, then extracting: an article whose offsets hold, or an
 * {@link InputException} naming the page; nothing else.
 */
class HtmlFuzzTest {
  private static final FuzzFigures FIGURES = new FuzzFigures("html",
      "HTML reading and extraction on any bytes", "10,000 inputs or 30 s");

  @AfterAll
  static void figures() {
    FIGURES.writeIfFuzzing();
  }

  @FuzzTest(maxDuration = "30s", maxExecutions = 10_000)
  void anyPageReadsOrFailsWithItsName(byte[] page) {
    FIGURES.input();
    try {
      ArticleInvariants.check(Articles.extract(HtmlArticles.fromBytes(page, "fuzz.html"), null));
    } catch (InputException e) {
      if (!e.getMessage().contains("fuzz.html")) {
        throw new AssertionError("the failure does not name the page: " + e.getMessage(), e);
      }
    }
  }
}
