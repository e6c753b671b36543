package io.github.lede.cli;

import io.github.lede.eval.ConllReader;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.eval.PeopleEval;
import io.github.lede.eval.RuleTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "people", description = {
    "Score person extraction against CoNLL-2003-format data (PER mentions, exact token spans).",
    "Each document's text is its tokens joined by spaces, sentences by newlines; no headline or metadata."})
final class EvalPeopleCommand implements Callable<Integer> {
  @Option(names = "--conll", paramLabel = "FILE", required = true, description = "A CoNLL-2003-format file.")
  Path conll;

  @Option(names = "--json", description = "Print {\"precision\",\"recall\",\"f1\",\"gold\",\"found\",\"correct\"}.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also print up to N missed and N spurious mentions with their context.")
  int errors;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Score a people model of your own (from `lede train people`) instead of the shipped one.")
  Path model;

  @Option(names = "--rules", description = "Score the hand-written rules alone, without the trained tagger.")
  boolean rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    RuleTable table = new RuleTable();
    PeopleExtractor people = rules ? PeopleExtractor.rulesOnly()
        : model != null ? PeopleExtractor.withModel(PeopleModels.read(model)) : new PeopleExtractor();
    io.github.lede.eval.Prf s = PeopleEval.score(ConllReader.read(conll, "PER"), people, e -> {
      missed.addAll(e.missed());
      spurious.addAll(e.spurious());
    }, table);
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartObject();
        g.writeNumberField("precision", s.precision());
        g.writeNumberField("recall", s.recall());
        g.writeNumberField("f1", s.f1());
        g.writeNumberField("gold", s.gold());
        g.writeNumberField("found", s.found());
        g.writeNumberField("correct", s.correct());
        g.writeEndObject();
      }));
      return 0;
    }
    for (int i = 0; i < Math.min(errors, missed.size()); i++) {
      out.println("missed    " + missed.get(i));
    }
    for (int i = 0; i < Math.min(errors, spurious.size()); i++) {
      out.println("spurious  " + spurious.get(i));
    }
    table.print(out, "person rule (a mention's deciding step)", "precision");
    out.println(String.format(Locale.ROOT, "people F1 %.3f (P %.3f, R %.3f; gold %d, found %d, correct %d)",
        s.f1(), s.precision(), s.recall(), s.gold(), s.found(), s.correct()));
    return 0;
  }
}
