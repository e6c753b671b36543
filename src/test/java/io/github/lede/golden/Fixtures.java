package io.github.lede.golden;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.Articles;
import io.github.lede.LedeOptions;
import io.github.lede.json.JsonTree;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The fixture articles in {@code index-fixtures/} and their hand-written expected-extraction files. */
final class Fixtures {
  static final Path DIR = locate();

  /** One fixture article with what a human says lede should extract from it. */
  record Case(Path file, int index, RawArticle raw, Map<?, ?> expected) {
    String name() {
      return DIR.relativize(file) + (index > 0 ? "#" + (index + 1) : "");
    }
  }

  private Fixtures() {}

  private static Path locate() {
    Path p = Path.of("index-fixtures").toAbsolutePath();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("run the tests from the project root: no " + p);
    }
    return p;
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DIR)) {
      for (Path expectedFile : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
        Path article = Path.of(expectedFile.toString().replaceFirst("\\.expected$", ""));
        List<RawArticle> raws = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Articles.read(article, LedeOptions.defaults(), raws::add, f -> errors.add(f.toString()),
            f -> errors.add(f.toString()));
        if (!errors.isEmpty()) {
          throw new IllegalStateException("fixture " + article + " does not read: " + errors);
        }
        List<?> expected = (List<?>) read(expectedFile).get("articles");
        if (expected.size() != raws.size()) {
          throw new IllegalStateException(expectedFile + " describes " + expected.size() + " articles but "
              + article + " holds " + raws.size());
        }
        for (int i = 0; i < raws.size(); i++) {
          out.add(new Case(article, i, raws.get(i), (Map<?, ?>) expected.get(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<?, ?> read(Path file) throws IOException {
    try (JsonParser p = JsonFactory.builder().build().createParser(Files.readString(file))) {
      p.nextToken();
      return (Map<?, ?>) JsonTree.read(p);
    }
  }
}
