package io.github.lede.cli;

import io.github.lede.LedeException;
import io.github.lede.eval.BratReader;
import io.github.lede.eval.DocumentFold;
import io.github.lede.eval.QuotesEval;
import io.github.lede.extract.quotes.SpeakerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", description = {
    "Train the speaker ranker, the last attribution step, on PolNeAR-style brat data and write it.",
    "Every quote the rules leave without a speaker is a choice among the people within reach and nobody;",
    "the right one holds the gold Source's name word (as `lede eval quotes` scores it). The shipped ranker is",
    "src/main/resources/io/github/lede/extract/quotes/speaker-ranker.bin, trained with --except-fold 0/5 so",
    "that fold 0/5 of PolNeAR train stays held back for measuring."})
final class TrainQuotesCommand implements Callable<Integer> {
  @Option(names = "--brat", paramLabel = "TRAIN", required = true, description = "Training data: text/ and attributions/.")
  Path brat;

  @Option(names = "--except-fold", paramLabel = "K/N", description = "Leave out the texts of fold K of N (held back).")
  String exceptFold;

  @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Where to write the ranker.")
  Path out;

  @Option(names = "--seed", defaultValue = "17", description = "Seeds the order of decisions (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "10", description = "Passes over the decisions (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--bits", defaultValue = "14", description = "log2 of the feature buckets (default ${DEFAULT-VALUE}).")
  int bits;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    if (bits < 8 || bits > 24 || epochs < 1) {
      throw new LedeException("--bits takes 8..24 and --epochs at least 1");
    }
    List<BratReader.Document> docs = BratReader.read(brat);
    if (exceptFold != null) {
      docs = DocumentFold.parse(exceptFold).without(docs);
    }
    List<SpeakerTrainer.Example> examples = QuotesEval.examples(docs);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("trained on", brat.getFileName() + (exceptFold == null ? "" : " except fold " + exceptFold) + " ("
        + docs.size() + " annotated texts)");
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SpeakerTrainer.Result r;
    try (OutputStream file = Files.newOutputStream(out)) {
      r = SpeakerTrainer.train(examples, new SpeakerTrainer.Settings(epochs, seed, bits), facts, file, line -> {
        o.println(line);
        o.flush();
      });
    }
    o.println(String.format(Locale.ROOT, "wrote %s: %d decisions, right speaker reachable in %d, %.4f right in the"
        + " last epoch", out, r.decisions(), r.reachable(), r.trainingAccuracy()));
    return 0;
  }
}
