package io.github.lede.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.json.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Assembles RELIABILITY.md at the top of the checkout from the figures the reliability suites wrote in their
 * last run ({@link SuiteReport}'s files under {@code target/reliability/} and {@code <module>/target/reliability/}),
 * whatever suites those are: the guarantees, then each suite's figures with the time it ran. Run by
 * {@code ./lede reliability} after the tests; {@code main(root)} writes the file and says what it used.
 */
public final class ReliabilityReport {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One suite's file, read. */
  record Suite(Path file, String title, long order, String guarantee, List<String[]> figures, Instant run) {}

  private ReliabilityReport() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    List<Suite> suites = read(suiteFiles(root));
    if (suites.isEmpty()) {
      System.err.println("lede reliability: no suite figures under " + root
          + " (*/target/reliability/*.json): run the tests first (./lede reliability runs them)");
      System.exit(1);
    }
    Path out = root.resolve("RELIABILITY.md");
    try {
      Files.writeString(out, render(suites));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    System.out.println("wrote " + out + " from " + suites.size() + " suites:");
    for (Suite s : suites) {
      System.out.println("  " + root.relativize(s.file()) + " (" + DAY_TIME.format(s.run()) + ")");
    }
  }

  /** The suite files of the library and of every module beside it. */
  static List<Path> suiteFiles(Path root) {
    List<Path> dirs = new ArrayList<>(List.of(root.resolve("target/reliability")));
    try (Stream<Path> modules = Files.list(root)) {
      modules.filter(Files::isDirectory).map(m -> m.resolve("target/reliability")).sorted().forEach(dirs::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
    return files;
  }

  /** Reads the files, in report order (by order, then title); a malformed one is an error naming it. */
  static List<Suite> read(List<Path> files) {
    List<Suite> suites = new ArrayList<>();
    JsonFactory json = JsonFactory.builder().build();
    for (Path f : files) {
      try (JsonParser p = json.createParser(f.toFile())) {
        p.nextToken();
        if (!(JsonTree.read(p) instanceof Map<?, ?> m)) {
          throw new IllegalArgumentException(f + ": not a JSON object");
        }
        List<String[]> figures = new ArrayList<>();
        for (Object o : list(m.get("figures"), f)) {
          Map<?, ?> fig = (Map<?, ?>) o;
          figures.add(new String[] {text(fig.get("what"), "figures[].what", f), text(fig.get("value"), "figures[].value", f)});
        }
        Object order = m.get("order");
        if (!(order instanceof Long n)) {
          throw new IllegalArgumentException(f + ": \"order\" must be a whole number");
        }
        suites.add(new Suite(f, text(m.get("suite"), "suite", f), n, text(m.get("guarantee"), "guarantee", f),
            figures, Instant.parse(text(m.get("run"), "run", f))));
      } catch (IOException | ClassCastException | DateTimeParseException e) {
        throw new IllegalArgumentException(f + ": not a reliability figures file: " + e.getMessage(), e);
      }
    }
    suites.sort(Comparator.comparingLong(Suite::order).thenComparing(Suite::title));
    return suites;
  }

  private static String text(Object value, String field, Path f) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException(f + ": \"" + field + "\" must be a non-empty string");
    }
    return s;
  }

  private static List<?> list(Object value, Path f) {
    if (!(value instanceof List<?> l)) {
      throw new IllegalArgumentException(f + ": \"figures\" must be a list");
    }
    return l;
  }

  /** RELIABILITY.md for these suites. */
  static String render(List<Suite> suites) {
    Instant first = suites.stream().map(Suite::run).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = suites.stream().map(Suite::run).max(Comparator.naturalOrder()).orElseThrow();
    StringBuilder md = new StringBuilder();
    md.append("# Reliability\n\n")
        .append("<!-- Generated by ./lede reliability from the figures the reliability suites wrote in their last run\n")
        .append("     (target/reliability/*.json, cli/target/reliability/*.json). Do not edit by hand. -->\n\n")
        .append("What lede promises when things go wrong, and what its test suites measured the last time they ran: ")
        .append(DAY_TIME.format(last)).append(first.equals(last) ? "" : " (suites ran from " + DAY_TIME.format(first)
            + ")").append(". Each promise is a test in `./lede test`; the figures are that test's own count of what it "
            + "tried, not typed.\n\n")
        .append("## What lede promises\n\n");
    for (Suite s : suites) {
      md.append("- **").append(capital(s.title())).append(".** ").append(s.guarantee()).append('\n');
    }
    md.append("\n## What the last run measured\n");
    for (Suite s : suites) {
      md.append("\n### ").append(capital(s.title())).append("\n\n")
          .append("| measured | ").append(DAY_TIME.format(s.run())).append(" |\n|---|---|\n");
      for (String[] f : s.figures()) {
        md.append("| ").append(cell(f[0])).append(" | ").append(cell(f[1])).append(" |\n");
      }
    }
    md.append("\n## Running it\n\n")
        .append("`./lede reliability` runs the whole test suite and writes this file from what the reliability suites\n")
        .append("measured (`./lede reliability --report-only` rewrites it from the last run's figures). The long variants\n")
        .append("(the whole Reuters corpus, more kill points, more writer steps) run with\n")
        .append("`./lede reliability -Dlede.reliability.long=true`.\n");
    return md.toString();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
