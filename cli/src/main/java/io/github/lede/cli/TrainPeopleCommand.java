package io.github.lede.cli;

import io.github.lede.LedeException;
import io.github.lede.eval.ConllReader;
import io.github.lede.eval.PeopleEval;
import io.github.lede.eval.Prf;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.people.PeopleTrainer;
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

@Command(name = "people", description = {
    "Train the people tagger on CoNLL-2003-format data (PER mentions) and write the model.",
    "The epochs are chosen on a seeded slice held back from the training file; --dev is only reported.",
    "Use the model with `lede eval people --model FILE` or -Dlede.people.model=FILE."})
final class TrainPeopleCommand implements Callable<Integer> {
  @Option(names = "--conll", paramLabel = "TRAIN", required = true, description = "Training data, CoNLL-2003 format.")
  Path conll;

  @Option(names = "--dev", paramLabel = "DEV", description = "Also score the trained model on this file (reporting only).")
  Path dev;

  @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Where to write the model.")
  Path out;

  @Option(names = "--seed", defaultValue = "17", description = "Seeds the held-back slice, folds and example order (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--max-epochs", defaultValue = "12", description = "Most epochs tried per pass (default ${DEFAULT-VALUE}).")
  int maxEpochs;

  @Option(names = "--bits", defaultValue = "20", description = "log2 of the feature buckets per pass (default ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--held-back", defaultValue = "0.2", description = "Share of the training texts held back to choose the epochs (default ${DEFAULT-VALUE}).")
  double heldBack;

  @Option(names = "--folds", defaultValue = "5", description = "Jackknife folds for the second pass; 0 trains one pass only (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--members", defaultValue = "3", description = "Perceptrons, each trained in its own order, averaged into the model (default ${DEFAULT-VALUE}).")
  int members;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    if (bits < 12 || bits > 24 || maxEpochs < 1 || heldBack <= 0 || heldBack >= 1 || folds < 0 || folds == 1
        || members < 1) {
      throw new LedeException("--bits takes 12..24, --max-epochs at least 1, --held-back a share in (0, 1), "
          + "--folds 0 or at least 2, --members at least 1");
    }
    List<ConllReader.Document> docs = ConllReader.read(conll, "PER");
    List<PeopleTrainer.Example> examples = PeopleEval.examples(docs);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("trained on", conll.getFileName().toString() + " (" + docs.size() + " texts)");
    long started = System.nanoTime();
    PeopleTrainer.Result r = PeopleTrainer.train(examples,
        new PeopleTrainer.Settings(maxEpochs, seed, bits, heldBack, folds, members),
        PeopleEval.scorer(docs, examples), facts, line -> {
          o.println(line);
          o.flush();
        });
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      r.model().write(os);
    }
    o.println(String.format(Locale.ROOT, "wrote %s (%,d bytes) in %.0f s: first pass %d epochs%s; held back %s",
        out, Files.size(out), (System.nanoTime() - started) / 1e9, r.firstEpochs(),
        folds > 1 ? ", second pass " + r.secondEpochs() + " epochs" : "", r.heldBack()));
    r.model().facts().forEach((k, v) -> o.println("  " + k + ": " + v));
    if (dev != null) {
      Prf s = PeopleEval.score(ConllReader.read(dev, "PER"), PeopleExtractor.withModel(r.model()), e -> {});
      o.println(String.format(Locale.ROOT, "%s: people F1 %.3f (P %.3f, R %.3f; gold %d, found %d, correct %d)",
          dev.getFileName(), s.f1(), s.precision(), s.recall(), s.gold(), s.found(), s.correct()));
    }
    return 0;
  }
}
