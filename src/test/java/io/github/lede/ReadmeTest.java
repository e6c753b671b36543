package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertTrue;

import example.ReadmeExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java sample is this repository's ReadmeExample, word for word, and it runs. */
class ReadmeTest {
  private static final Path EXAMPLE = Path.of("src/test/java/example/ReadmeExample.java");

  @Test
  void readmeShowsTheExampleAsItIs() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String example = Files.readString(EXAMPLE);
    String body = example.substring(example.indexOf("import "));
    assertTrue(readme.contains(body), "README.md's Java sample differs from " + EXAMPLE + "; paste the file in again");
  }

  @Test
  void exampleRunsOnTheFixtures() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[] {"index-fixtures"});
    } finally {
      System.setOut(saved);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("indexed 43, failed 0"), out);
    assertTrue(out.contains("matched \"grid\""), out);
  }
}
