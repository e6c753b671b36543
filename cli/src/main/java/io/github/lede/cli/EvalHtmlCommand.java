package io.github.lede.cli;

import io.github.lede.eval.ShingleScore;
import io.github.lede.eval.SnippetScore;
import io.github.lede.eval.TrafilaturaEval;
import io.github.lede.eval.ZyteEval;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede eval html}: main text and metadata of HTML pages, against the Zyte or trafilatura data. */
@Command(name = "html", description = "Score HTML extraction (body; title, date, author) on a benchmark.")
final class EvalHtmlCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1") Data data;

  static final class Data {
    @Option(names = "--zyte", paramLabel = "DIR",
        description = "Zyte article-extraction benchmark layout: DIR/html/*.html.gz and DIR/ground-truth.json.")
    Path zyte;

    @Option(names = "--trafilatura", paramLabel = "DIR",
        description = "trafilatura's evaluation: DIR/evaldata.json and pages under DIR/eval or DIR/cache.")
    Path trafilatura;
  }

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--details", description = "Also print what went wrong on each page (for error analysis).")
  boolean details;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (data.zyte != null) {
        zyte(out);
      } else {
        trafilatura(out);
      }
    } catch (IOException e) {
      // A missing or unreadable benchmark file is the user's to fix: say which, without a stack trace.
      spec.commandLine().getErr().println("lede: cannot read the benchmark data: " + e.getMessage());
      return Main.FAILED;
    }
    return 0;
  }

  private void zyte(PrintWriter out) throws IOException {
    ShingleScore.Result r = ZyteEval.run(data.zyte, !details ? null : (id, p) -> {
      if (p.fp() > 0 || p.fn() > 0) {
        out.printf(Locale.ROOT, "%s  tp %.3f fp %.3f fn %.3f%n", id, p.tp(), p.fp(), p.fn());
      }
    });
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartObject();
        g.writeNumberField("precision", r.precision());
        g.writeNumberField("recall", r.recall());
        g.writeNumberField("f1", r.f1());
        g.writeNumberField("pages", r.pages());
        g.writeEndObject();
      }));
    } else {
      out.printf(Locale.ROOT, "html F1 %.3f (P %.3f, R %.3f; pages %d)%n", r.f1(), r.precision(), r.recall(),
          r.pages());
    }
  }

  private void trafilatura(PrintWriter out) throws IOException {
    TrafilaturaEval.Result r = TrafilaturaEval.run(data.trafilatura, !details ? null : p -> report(out, p));
    SnippetScore b = r.body();
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartObject();
        g.writeObjectFieldStart("body");
        g.writeNumberField("precision", b.precision());
        g.writeNumberField("recall", b.recall());
        g.writeNumberField("f1", b.f1());
        g.writeEndObject();
        g.writeNumberField("title", r.title().accuracy());
        g.writeNumberField("date", r.date().accuracy());
        g.writeNumberField("author", r.author().accuracy());
        g.writeEndObject();
      }));
      return;
    }
    out.printf(Locale.ROOT, "pages %d (%d without an article)%n", r.pages(), r.failed());
    out.printf(Locale.ROOT, "body P %.3f R %.3f (snippets: tp %d, fn %d, fp %d, tn %d)%n", b.precision(),
        b.recall(), b.truePositives(), b.falseNegatives(), b.falsePositives(), b.trueNegatives());
    out.printf(Locale.ROOT, "title %.3f (%d/%d)  date %.3f (%d/%d)  author %.3f (%d/%d)%n",
        r.title().accuracy(), r.title().correct(), r.title().total(), r.date().accuracy(), r.date().correct(),
        r.date().total(), r.author().accuracy(), r.author().correct(), r.author().total());
    out.printf(Locale.ROOT, "html F1 %.3f (P %.3f, R %.3f; pages %d)%n", b.f1(), b.precision(), b.recall(),
        r.pages());
  }

  private static void report(PrintWriter out, TrafilaturaEval.PageReport p) {
    if (p.failure() != null) {
      out.println(p.file() + "\tFAILED\t" + p.failure());
    }
    for (String s : p.missing()) {
      out.println(p.file() + "\tMISSING\t" + s);
    }
    for (String s : p.unwanted()) {
      out.println(p.file() + "\tUNWANTED\t" + s);
    }
    // the same comparisons the scores make, so every line printed is a page scored wrong
    if (p.goldTitle() != null && !p.titleRight()) {
      out.println(p.file() + "\tTITLE\t" + p.title() + "\t| gold: " + p.goldTitle());
    }
    if (p.goldDate() != null && !p.dateRight()) {
      out.println(p.file() + "\tDATE\t" + p.date() + "\t| gold: " + p.goldDate());
    }
    if (p.goldAuthor() != null && !p.authorRight()) {
      out.println(p.file() + "\tAUTHOR\t" + p.author() + "\t| gold: " + p.goldAuthor());
    }
  }
}
