package io.github.lede.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RELIABILITY.md generator, on suite files written the way the suites write them. */
class ReliabilityReportTest {
  @TempDir Path root;

  private void suite(String module, String name, String json) throws IOException {
    Path dir = root.resolve(module).resolve("target/reliability");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name + ".json"), json);
  }

  @Test
  void suitesFromEveryModuleComeInTheirOrderWithTheirFiguresAndRunTimes() throws IOException {
    suite("cli", "crash", """
        {"suite": "crash safety", "order": 20, "guarantee": "Kill it; nothing committed is lost.",
         "figures": [{"what": "kill points", "value": "8 | all clean"}], "run": "2026-12-03T01:25:17Z"}""");
    suite("", "queries", """
        {"suite": "hostile queries", "order": 30, "guarantee": "Every query answers in time.",
         "figures": [{"what": "queries tried", "value": "1,204"}], "run": "2026-12-03T01:20:00Z"}""");
    List<ReliabilityReport.Suite> suites = ReliabilityReport.read(ReliabilityReport.suiteFiles(root));
    assertEquals(List.of("crash safety", "hostile queries"), suites.stream().map(ReliabilityReport.Suite::title).toList());
    String md = ReliabilityReport.render(suites);
    assertTrue(md.contains("- **Crash safety.** Kill it; nothing committed is lost.\n"
        + "- **Hostile queries.** Every query answers in time.\n"), md);
    assertTrue(md.contains("### Crash safety\n\n| measured | 2026-12-03 01:25 UTC |\n|---|---|\n| kill points | 8 \\| all clean |\n"), md);
    assertTrue(md.contains("2026-12-03 01:25 UTC (suites ran from 2026-12-03 01:20 UTC)"), md);
    assertTrue(md.indexOf("### Crash safety") < md.indexOf("### Hostile queries"), md);
  }

  @Test
  void aMalformedFileIsNamed() throws IOException {
    suite("cli", "broken", "{\"suite\": \"x\", \"order\": \"first\"}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReliabilityReport.read(ReliabilityReport.suiteFiles(root)));
    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
  }
}
