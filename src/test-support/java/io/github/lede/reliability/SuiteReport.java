package io.github.lede.reliability;

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
 * The figures one reliability suite measured in its run, written where {@code ReliabilityReport} (the CLI's
 * test tree) finds them to assemble RELIABILITY.md: {@code <module>/target/reliability/<id>.json}, the folder
 * named by the system property {@code lede.reliability.dir} (each module's surefire sets it). The format is
 * /work/notes/reliability-format.md's:
 *
 * <pre>{@code
 * {"suite": "crash safety", "order": 20, "guarantee": "...",
 *  "figures": [{"what": "kill points survived", "value": "8 of 8"}], "run": "2026-12-03T01:23:45Z"}
 * }</pre>
 *
 * <p>Order places the suite in the report: 10 input, 20 crash, 30 queries, 40 concurrency, 50 fuzzing,
 * 60 faults. Write only what the run measured.
 */
public final class SuiteReport {
  private final String id;
  private final String suite;
  private final int order;
  private final String guarantee;
  private final List<String[]> figures = new ArrayList<>();

  private SuiteReport(String id, String suite, int order, String guarantee) {
    this.id = id;
    this.suite = suite;
    this.order = order;
    this.guarantee = guarantee;
  }

  /**
   * @param id the file's name without {@code .json}: {@code crash-safety}
   * @param suite a short title: {@code crash safety}
   * @param order where it goes in the report (see the class comment)
   * @param guarantee what lede promises, in one or two sentences, as the suite checks it
   */
  public static SuiteReport of(String id, String suite, int order, String guarantee) {
    return new SuiteReport(id, suite, order, guarantee);
  }

  public SuiteReport figure(String what, String value) {
    figures.add(new String[] {what, value});
    return this;
  }

  /** A count as the report shows it: {@code 1,204}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 8 of 8}. */
  public static String of(long part, long whole) {
    return count(part) + " of " + count(whole);
  }

  /** A duration as the report shows it: {@code 0.59 s}. */
  public static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  /** Writes the file, stamped with the time now, and returns where. */
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
