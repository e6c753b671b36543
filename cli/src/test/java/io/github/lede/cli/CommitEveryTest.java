package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** {@code lede index --commit-every}: counts, times, both, or only at the end. */
class CommitEveryTest {
  private final CommitEvery.Converter convert = new CommitEvery.Converter();

  @Test
  void countsTimesBothAndEnd() {
    assertEquals(new CommitEvery(5000, Duration.ZERO), convert.convert("5000"));
    assertEquals(new CommitEvery(0, Duration.ofSeconds(30)), convert.convert("30s"));
    assertEquals(new CommitEvery(0, Duration.ofMinutes(2)), convert.convert("2m"));
    assertEquals(new CommitEvery(5000, Duration.ofHours(1)), convert.convert("5000, 1h"));
    assertEquals(new CommitEvery(0, Duration.ZERO), convert.convert("END"));
  }

  @Test
  void anythingElseIsRefusedWithWhatIsAccepted() {
    for (String bad : new String[] {"", "0", "-5", "30x", "1.5s", "5000,", "soon"}) {
      TypeConversionException e = assertThrows(TypeConversionException.class, () -> convert.convert(bad), bad);
      assertTrue(e.getMessage().contains("a time such as 30s"), e.getMessage());
    }
  }

  @TempDir Path dir;

  @Test
  void aBadValueIsAUsageError() {
    CliTest.Run r = CliTest.lede("index", "index-fixtures", "--index", dir.resolve("i").toString(),
        "--commit-every", "often");
    assertEquals(Main.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("'often' is not a number of articles"), r.err());
  }

  @Test
  void inLogsEachCommitIsALine() {
    CliTest.Run r = CliTest.lede("index", "index-fixtures", "--index", dir.resolve("i").toString(),
        "--commit-every", "10");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("committed: 10 articles durable\ncommitted: 20 articles durable\n"), r.err());
    assertTrue(r.err().contains("committed: 40 articles durable\n"), r.err());
    assertEquals(r.err().indexOf("committed: 40"), r.err().lastIndexOf("committed: 40"), "one line per commit that changed something");
  }
}
