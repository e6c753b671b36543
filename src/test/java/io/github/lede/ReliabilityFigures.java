package io.github.lede;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures a reliability suite measured in its run, written as {@code target/reliability/<id>.json} (or
 * under the folder the system property {@code lede.reliability.dir} names) in the shared format that the
 * RELIABILITY.md generator reads: suite, order, guarantee, figures, run.
 */
public final class ReliabilityFigures {
  private final String id;
  private final String suite;
  private final int order;
  private final String guarantee;
  private final List<String[]> figures = new ArrayList<>();

  private ReliabilityFigures(String id, String suite, int order, String guarantee) {
    this.id = id;
    this.suite = suite;
    this.order = order;
    this.guarantee = guarantee;
  }

  public static ReliabilityFigures of(String id, String suite, int order, String guarantee) {
    return new ReliabilityFigures(id, suite, order, guarantee);
  }

  public ReliabilityFigures figure(String what, String value) {
    figures.add(new String[] {what, value});
    return this;
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  public Path write() {
    Path dir = Path.of(System.getProperty("lede.reliability.dir", "target/reliability"));
    Path file = dir.resolve(id + ".json");
    try {
      Files.createDirectories(dir);
      try (Writer w = Files.newBufferedWriter(file);
          JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("suite", suite);
        g.writeNumberField("order", order);
        g.writeStringField("guarantee", guarantee);
        g.writeArrayFieldStart("figures");
        for (String[] f : figures) {
          g.writeStartObject();
          g.writeStringField("what", f[0]);
          g.writeStringField("value", f[1]);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("run", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
