package io.github.lede.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.lede.ArticleInvariants;
import io.github.lede.Articles;
import io.github.lede.FuzzFigures;
import io.github.lede.InputException;
import io.github.lede.model.RawArticle;
import org.junit.jupiter.api.AfterAll;

/**
 * Reading any bytes as JSON lines: each line an article (which then extracts, or fails with a reason) or a
 * failure with the file and its line number; a whole-file failure only for an empty or binary file. Nothing
 * else escapes, and a bad line never stops the lines after it.
 */
class JsonLinesFuzzTest {
  private static final FuzzFigures FIGURES = new FuzzFigures("json-lines",
      "JSON-lines reading and extraction on any bytes", "10,000 inputs or 30 s");

  @AfterAll
  static void figures() {
    FIGURES.writeIfFuzzing();
  }

  @FuzzTest(maxDuration = "30s", maxExecutions = 10_000)
  void anyBytesReadLineByLine(byte[] bytes) {
    FIGURES.input();
    try {
      JsonLines.read(bytes, "fuzz.jsonl", new ArticleReader.Sink() {
        @Override
        public void article(RawArticle article) {
          try {
            ArticleInvariants.check(Articles.extract(article, null));
          } catch (InputException expected) {
            // a line with no article text
          }
        }

        @Override
        public void failed(InputException failure) {
          if (!failure.getMessage().startsWith("fuzz.jsonl:")) {
            throw new AssertionError("a line's failure does not name the file and line: " + failure.getMessage());
          }
        }

        @Override
        public void skipped(String file, String reason) {}
      }, bytesDone -> {});
    } catch (InputException e) {
      if (!e.getMessage().contains("fuzz.jsonl") || !(e.reason().startsWith("empty") || e.reason().startsWith("binary"))) {
        throw new AssertionError("a whole-file failure that is not about an empty or binary file: " + e.getMessage(), e);
      }
    }
  }
}
