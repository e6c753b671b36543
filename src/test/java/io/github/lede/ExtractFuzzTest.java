package io.github.lede;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.lede.model.RawArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;

/**
 * Extraction of any text: an article whose offsets hold ({@link ArticleInvariants}), or an
 * {@link InputException} when nothing in it reads as article text; nothing else. Seeds are in
 * {@code src/test/resources/io/github/lede/ExtractFuzzTestInputs}; see the README's reliability section for
 * the CI budget and the long run.
 */
class ExtractFuzzTest {
  private static final FuzzFigures FIGURES = new FuzzFigures("extraction",
      "Articles.extract on any text", "10,000 inputs or 30 s");

  @AfterAll
  static void figures() {
    FIGURES.writeIfFuzzing();
  }

  @FuzzTest(maxDuration = "30s", maxExecutions = 10_000)
  void anyTextExtractsOrFailsWithAReason(FuzzedDataProvider data) {
    FIGURES.input();
    boolean verbatim = data.consumeBoolean();
    boolean dated = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    RawArticle raw = RawArticle.builder(text).origin("fuzz.txt").build();
    LocalDate reference = dated ? LocalDate.of(2024, 6, 19) : null;
    try {
      ArticleInvariants.check(verbatim ? Articles.extractVerbatim(raw, reference) : Articles.extract(raw, reference));
    } catch (InputException expected) {
      // no article text: a clear, per-file failure
    }
  }
}
