package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps HTML extraction from sliding back on trafilatura's evaluation set (../shared, skipped without it).
 * The body floor is the figure measured when it was set, rounded down (body F1 0.9356: P 0.931, R 0.940); the
 * others sit a hair under theirs (title 0.916, date 0.876, author 0.552).
 */
class TrafilaturaQualityFloorTest {
  private static final Path DATA = Path.of("../shared/data/dev/trafilatura-eval");

  @Test
  void bodyTitleDateAndAuthorStayAboveTheirFloors() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("evaldata.json")), "no " + DATA);
    TrafilaturaEval.Result r = TrafilaturaEval.run(DATA, null);
    String figures = String.format("body F1 %.4f (P %.4f R %.4f), title %.4f, date %.4f, author %.4f",
        r.body().f1(), r.body().precision(), r.body().recall(), r.title().accuracy(), r.date().accuracy(),
        r.author().accuracy());
    assertTrue(r.body().f1() >= 0.935, figures);
    assertTrue(r.title().accuracy() >= 0.911, figures);
    assertTrue(r.date().accuracy() >= 0.871, figures);
    assertTrue(r.author().accuracy() >= 0.547, figures);
  }
}
