package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.extract.dates.DateExtractor;
import io.github.lede.model.DateMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps date extraction from sliding back on the TempEval-3 TimeBank and AQUAINT files (the dev data beside
 * the checkout, {@code ../shared}); skipped where that data is absent. The floors sit just under the figures
 * measured when they were set, which {@code lede eval dates} reproduces.
 */
class DatesQualityFloorTest {
  private static final Path DATA = Path.of("..", "shared", "data", "dev", "tempeval3");

  @Test
  void timeBankAndAquaint() throws IOException {
    assumeTrue(Files.isDirectory(DATA.resolve("TimeBank")) && Files.isDirectory(DATA.resolve("AQUAINT")),
        "no TempEval-3 dev data at " + DATA.toAbsolutePath());
    DateScores scores = new DateScores();
    DateExtractor extractor = new DateExtractor();
    for (Path file : files(DATA.resolve("TimeBank"), DATA.resolve("AQUAINT"))) {
      TimeMlDocument doc = TimeMlDocument.read(file);
      List<DateSpan> found = new ArrayList<>();
      for (DateMention m : extractor.extract(doc.text(), doc.reference())) {
        found.add(new DateSpan(m.start(), m.end(), m.value()));
      }
      scores.add(doc.gold(), found);
    }
    assertEquals(1535, scores.gold(), "the gold mentions of the dev data");
    String figures = "relaxed " + scores.relaxed().f1() + ", strict " + scores.strict().f1() + ", value "
        + scores.value().f1();
    assertTrue(scores.relaxed().f1() >= 0.936, figures);
    assertTrue(scores.strict().f1() >= 0.881, figures);
    assertTrue(scores.value().f1() >= 0.811, figures);
  }

  private static List<Path> files(Path... dirs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path d : dirs) {
      try (Stream<Path> s = Files.walk(d)) {
        s.filter(f -> f.toString().endsWith(".tml")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
