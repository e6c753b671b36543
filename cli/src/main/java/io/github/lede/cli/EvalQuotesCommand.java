package io.github.lede.cli;

import io.github.lede.eval.BratReader;
import io.github.lede.eval.DocumentFold;
import io.github.lede.eval.QuotesEval;
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

@Command(name = "quotes", description = {
    "Score quote extraction and speakers against PolNeAR-style brat data: DIR/text/NAME.txt and",
    "DIR/attributions/NAME_XXXX.ann. Gold quotes are the Content spans holding a quotation mark; a quote matches",
    "when the spans overlap by half the shorter one (one-to-one). Speaker accuracy: over matched quotes whose",
    "gold Source holds a capitalised non-pronoun word, whether its last such word is in the extracted speaker.",
    "Name-part speaker accuracy (the target of issue 15): the same count on the Source's name part, up to its",
    "first comma, bracket or \"of/for/at/who\" clause after a name, against the speaker's canonical name;",
    "non-person sources count alike."})
final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--brat", paramLabel = "DIR", required = true, description = "The folder holding text/ and attributions/.")
  Path dir;

  @Option(names = "--json", description = "Print {\"quotes\":{\"precision\",\"recall\",\"f1\",\"gold\",\"found\",\"matched\"},"
      + "\"speaker\":{\"accuracy\",\"namePartAccuracy\",\"n\"}}.")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also print up to N missed, N spurious and N wrong-speaker quotes with their context.")
  int errors;

  @Option(names = "--fold", paramLabel = "K/N", description = "Score only the texts in fold K of N (a held-back"
      + " slice of a train split; texts fall in folds by a fixed hash of their name).")
  String fold;

  @Option(names = "--except-fold", paramLabel = "K/N", description = "Score only the texts outside fold K of N.")
  String exceptFold;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<QuotesEval.Error> all = new ArrayList<>();
    List<BratReader.Document> docs = BratReader.read(dir);
    if (fold != null) {
      docs = DocumentFold.parse(fold).of(docs);
    }
    if (exceptFold != null) {
      docs = DocumentFold.parse(exceptFold).without(docs);
    }
    RuleTable rules = new RuleTable();
    QuotesEval.Score s = QuotesEval.score(docs, all::add, rules);
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartObject();
        g.writeObjectFieldStart("quotes");
        g.writeNumberField("precision", s.precision());
        g.writeNumberField("recall", s.recall());
        g.writeNumberField("f1", s.f1());
        g.writeNumberField("gold", s.gold());
        g.writeNumberField("found", s.found());
        g.writeNumberField("matched", s.matched());
        g.writeEndObject();
        g.writeObjectFieldStart("speaker");
        g.writeNumberField("accuracy", s.speakerAccuracy());
        g.writeNumberField("namePartAccuracy", s.namePartAccuracy());
        g.writeNumberField("n", s.speakerCounted());
        g.writeEndObject();
        g.writeEndObject();
      }));
      return 0;
    }
    for (String kind : new String[] {"missed", "spurious", "speaker"}) {
      all.stream().filter(e -> e.kind().equals(kind)).limit(errors)
          .forEach(e -> out.println(String.format(Locale.ROOT, "%-9s %s  %s", kind, e.document(), e.detail())));
    }
    rules.print(out, "speaker rule (attribution step; how the phrase was read)", "speaker accuracy");
    out.println(String.format(Locale.ROOT, "documents %d, gold quotes %d, found %d, matched %d",
        docs.size(), s.gold(), s.found(), s.matched()));
    out.println(String.format(Locale.ROOT, "canonical name alone: speaker accuracy %.3f; name-part speaker accuracy"
        + " (the Source up to its first comma, bracket or of/for/at/who clause) %.3f", s.nameOnlyAccuracy(),
        s.namePartAccuracy()));
    out.println(String.format(Locale.ROOT, "quotes F1 %.3f (P %.3f, R %.3f), speaker accuracy %.3f (n %d)",
        s.f1(), s.precision(), s.recall(), s.speakerAccuracy(), s.speakerCounted()));
    return 0;
  }
}
