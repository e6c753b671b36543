package io.github.lede.cli;

import io.github.lede.InputException;
import io.github.lede.eval.DateScores;
import io.github.lede.eval.DateSpan;
import io.github.lede.eval.RuleTable;
import io.github.lede.eval.TimeMlDocument;
import io.github.lede.extract.dates.ArticleDates;
import io.github.lede.extract.dates.DateExtractor;
import io.github.lede.model.DateMention;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "dates", description = {
    "Score date extraction against TimeML files (.tml): gold mentions are the TIMEX3 of type DATE or TIME",
    "in <TEXT>, resolved against the CREATION_TIME. Reports strict span, relaxed span (any overlap) and",
    "value (relaxed matches with equal values) precision, recall and F1, and value accuracy."})
final class DatesEvalCommand implements Callable<Integer> {
  @Option(names = "--timeml", paramLabel = "PATH", arity = "1..*", required = true,
      description = "TimeML files, or directories searched for .tml files.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--errors", description = "Also list every missed, spurious and wrongly valued mention.")
  boolean errors;

  @Spec CommandSpec spec;

  /**
   * Counts each found date under its form and under how its value was reached: right when it overlaps a gold
   * date with the same value.
   */
  private static void count(DateScores.Alignment a, Map<DateSpan, String> why, RuleTable forms, RuleTable values) {
    Map<DateSpan, Boolean> right = new HashMap<>();
    for (DateSpan[] m : a.matched()) {
      right.put(m[1], m[0].value() != null && m[0].value().equals(m[1].value()));
    }
    for (DateSpan f : a.spurious()) {
      right.put(f, false);
    }
    for (Map.Entry<DateSpan, Boolean> e : right.entrySet()) {
      String reason = why.get(e.getKey());
      int cut = reason.indexOf("; ");
      String form = cut < 0 ? reason : reason.substring(0, cut);
      String value = cut < 0 ? "?" : reason.substring(cut + 2);
      forms.fired(form);
      forms.scored(form, e.getValue());
      values.fired(value);
      values.scored(value, e.getValue());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = files();
    DateExtractor extractor = new DateExtractor();
    DateScores scores = new DateScores();
    RuleTable forms = new RuleTable();
    RuleTable values = new RuleTable();
    int failed = 0;
    for (Path file : files) {
      TimeMlDocument doc;
      try {
        doc = TimeMlDocument.read(file);
      } catch (InputException e) {
        failed++;
        err.println("lede: " + e.getMessage());
        continue;
      }
      List<DateSpan> found = new ArrayList<>();
      ArticleDates dates = extractor.explain(doc.text(), doc.reference());
      Map<DateSpan, String> why = new HashMap<>();
      for (int d = 0; d < dates.dates().size(); d++) {
        DateMention m = dates.dates().get(d);
        DateSpan span = new DateSpan(m.start(), m.end(), m.value());
        found.add(span);
        why.put(span, dates.reason(d));
      }
      DateScores.Alignment a = scores.add(doc.gold(), found);
      count(a, why, forms, values);
      if (errors) {
        printErrors(out, doc, a);
      }
    }
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartObject();
        score(g, "strict", scores.strict(), null);
        score(g, "relaxed", scores.relaxed(), null);
        score(g, "value", scores.value(), scores.accuracy());
        g.writeNumberField("gold", scores.gold());
        g.writeNumberField("found", scores.found());
        g.writeEndObject();
      }));
    } else {
      out.printf(Locale.ROOT, "%d files, %d gold mentions, %d found%n", files.size() - failed, scores.gold(),
          scores.found());
      out.printf(Locale.ROOT, "%-8s %9s %9s %9s%n", "", "precision", "recall", "F1");
      row(out, "strict", scores.strict());
      row(out, "relaxed", scores.relaxed());
      row(out, "value", scores.value());
      out.printf(Locale.ROOT, "value accuracy over relaxed matches %.3f%n", scores.accuracy());
      forms.print(out, "date form", "right value");
      values.print(out, "how the value was reached", "right value");
      out.printf(Locale.ROOT, "dates relaxed F1 %.3f, strict F1 %.3f, value F1 %.3f (gold %d, found %d)%n",
          scores.relaxed().f1(), scores.strict().f1(), scores.value().f1(), scores.gold(), scores.found());
    }
    out.flush();
    return failed == 0 ? 0 : Main.FAILED;
  }

  private List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".tml") && Files.isRegularFile(f)).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new ParameterException(spec.commandLine(), "no such file or directory: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no .tml files in " + paths);
    }
    return out;
  }

  private static void score(com.fasterxml.jackson.core.JsonGenerator g, String name, io.github.lede.eval.Prf s,
      Double accuracy) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("precision", round(s.precision()));
    g.writeNumberField("recall", round(s.recall()));
    g.writeNumberField("f1", round(s.f1()));
    if (accuracy != null) {
      g.writeNumberField("accuracy", round(accuracy));
    }
    g.writeEndObject();
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static void row(PrintWriter out, String name, io.github.lede.eval.Prf s) {
    out.printf(Locale.ROOT, "%-8s %9.3f %9.3f %9.3f%n", name, s.precision(), s.recall(), s.f1());
  }

  private static void printErrors(PrintWriter out, TimeMlDocument doc, DateScores.Alignment a) {
    String text = doc.text();
    for (DateSpan g : a.missed()) {
      out.println("missed   " + doc.file() + " " + show(text, g) + " " + g.value());
    }
    for (DateSpan f : a.spurious()) {
      out.println("spurious " + doc.file() + " " + show(text, f) + " " + f.value());
    }
    for (DateSpan[] m : a.matched()) {
      DateSpan g = m[0];
      DateSpan f = m[1];
      if (g.value() == null || !g.value().equals(f.value())) {
        out.println("value    " + doc.file() + " " + show(text, f) + " " + f.value() + " gold " + g.value()
            + " (" + doc.reference() + ")");
      }
    }
  }

  /** The mention in brackets with a little context, on one line. */
  private static String show(String text, DateSpan s) {
    String before = text.substring(Math.max(0, s.start() - 40), s.start());
    String after = text.substring(s.end(), Math.min(text.length(), s.end() + 25));
    return (before + "[[" + text.substring(s.start(), s.end()) + "]]" + after).replaceAll("\\s+", " ");
  }
}
