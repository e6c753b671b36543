package io.github.lede.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a reliability suite's figures in the shared format that RELIABILITY.md is generated from:
 * {@code target/reliability/<suite-id>.json} holding the suite's title, its place, its guarantee, the figures
 * it measured in this run, and when it ran.
 */
final class ReliabilityReport {
  /** One measured figure, in words. */
  record Figure(String what, String value) {}

  private ReliabilityReport() {}

  static Path write(String id, String suite, int order, String guarantee, List<Figure> figures) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "reliability"));
    Path file = dir.resolve(id + ".json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("suite", suite);
      g.writeNumberField("order", order);
      g.writeStringField("guarantee", guarantee);
      g.writeArrayFieldStart("figures");
      for (Figure f : figures) {
        g.writeStartObject();
        g.writeStringField("what", f.what());
        g.writeStringField("value", f.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("run", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      g.writeEndObject();
    }
    return file;
  }
}
