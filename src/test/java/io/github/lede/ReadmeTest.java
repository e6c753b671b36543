package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void readmeShowsTheConsumerPomAsItIs() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String pom = Files.readString(Path.of("tools/consumer/pom.xml"));
    assertTrue(readme.contains("```xml\n" + pom + "```"),
        "README.md's consumer pom.xml differs from tools/consumer/pom.xml; paste the file in again");
  }

  /** Every public type of the exported packages is named in the README: an embedder learns them there. */
  @Test
  void readmeNamesEveryPublicTypeOfTheApi() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (String pkg : java.util.List.of("", "model", "store")) {
      try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/main/java/io/github/lede", pkg))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String name = f.getFileName().toString().replace(".java", "");
          boolean isPublic = java.util.regex.Pattern.compile("(?m)^public .*\\b(class|record|interface|enum) "
              + name + "\\b").matcher(Files.readString(f)).find();
          if (isPublic && !readme.contains("`" + name + "`")) {
            missing.add(name);
          }
        }
      }
    }
    assertEquals(java.util.List.of(), missing, "public types the README does not name");
  }

  /** Every dependency a user's build pulls in with lede is named in the README's embedding section. */
  @Test
  void readmeNamesEveryDependency() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String pom = Files.readString(Path.of("pom.xml"));
    String deps = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (String dep : deps.split("</dependency>")) {
      int a = dep.indexOf("<artifactId>");
      if (a < 0 || dep.contains("<scope>test</scope>")) {
        continue;
      }
      String artifact = dep.substring(a + "<artifactId>".length(), dep.indexOf("</artifactId>"));
      if (!readme.contains("`" + artifact + "`")) {
        missing.add(artifact);
      }
    }
    assertEquals(java.util.List.of(), missing, "dependencies the README does not name");
  }

  @Test
  void exampleRunsOnTheFixturesAndLeavesNothingBehind() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    java.util.Set<Path> before = examples(tmp);
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[] {"index-fixtures"});
    } finally {
      System.setOut(saved);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("indexed 50, failed 0"), out);
    assertTrue(out.contains("matched \"grid\""), out);
    assertEquals(before, examples(tmp), "the example left its index in " + tmp);
  }

  private static java.util.Set<Path> examples(Path tmp) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("lede-example"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }
}
