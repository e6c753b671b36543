package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.eval.Qrels;
import io.github.lede.eval.RankingEval;
import io.github.lede.eval.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede eval ranking}: the default ranking on an index, against a TREC test collection. */
@Command(name = "ranking", description = {
    "Score lede's ranking: run each topic's query on an index, compare the top",
    "1,000 hits with the judgments, print P@10, nDCG@10 and MAP@100 per topic and",
    "their means, as 'trec_eval -c -m P.10 -m ndcg_cut.10 -m map_cut.100 QRELS RUN'",
    "reports them for the --run file."})
final class EvalRankingCommand implements Callable<Integer> {
  @Option(names = "--queries", paramLabel = "FILE", required = true,
      description = "Topics: 'topic<TAB>query' a line, the query in lede's syntax.")
  Path queries;

  @Option(names = "--qrels", paramLabel = "FILE", required = true,
      description = "TREC qrels: 'topic iteration docid relevance' a line; docids are lede article ids.")
  Path qrels;

  @Option(names = "--run", paramLabel = "FILE", description = "Also write the ranking as a TREC run file.")
  Path run;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Topics.Topic> topics;
    Qrels judgments;
    try {
      topics = Topics.read(queries);
      judgments = Qrels.read(qrels);
    } catch (IOException e) {
      err.println("lede: cannot read the test collection: " + message(e));
      return Main.FAILED;
    }
    RankingEval.Result r;
    try (Lede lede = index.openReadOnly(); Writer w = run == null ? null
        : Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
      r = RankingEval.run(lede, topics, judgments, w);
    } catch (IOException e) {
      err.println("lede: cannot write the run file: " + message(e));
      return Main.FAILED;
    }
    for (RankingEval.TopicScore t : r.topics()) {
      if (t.problem() != null) {
        err.println("lede: topic " + t.topic() + " scores 0: " + t.problem());
      }
    }
    if (!r.unjudged().isEmpty()) {
      err.println("lede: left out, no judgments: " + String.join(", ", r.unjudged()));
    }
    if (json) {
      printJson(out, r);
    } else {
      printTable(out, r);
    }
    return 0;
  }

  private static void printTable(PrintWriter out, RankingEval.Result r) {
    int width = Math.max(5, r.topics().stream().mapToInt(t -> t.topic().length()).max().orElse(5));
    String row = "%-" + width + "s  %6s  %7s  %7s  %s%n";
    out.printf(Locale.ROOT, row, "topic", "P@10", "nDCG@10", "MAP@100", "query");
    for (RankingEval.TopicScore t : r.topics()) {
      out.printf(Locale.ROOT, row, t.topic(), f(t.p10()), f(t.ndcg10()), f(t.map100()),
          t.query() == null ? "" : t.query());
    }
    out.printf(Locale.ROOT, row, "mean", f(r.p10()), f(r.ndcg10()), f(r.map100()), "");
    out.printf(Locale.ROOT, "ranking nDCG@10 %.3f (P@10 %.3f, MAP@100 %.3f; topics %d)%n", r.ndcg10(), r.p10(),
        r.map100(), r.topics().size());
  }

  private static void printJson(PrintWriter out, RankingEval.Result r) {
    out.println(Json.of(g -> {
      g.writeStartObject();
      g.writeNumberField("p10", r.p10());
      g.writeNumberField("ndcg10", r.ndcg10());
      g.writeNumberField("map100", r.map100());
      g.writeArrayFieldStart("topics");
      for (RankingEval.TopicScore t : r.topics()) {
        g.writeStartObject();
        g.writeStringField("topic", t.topic());
        g.writeStringField("query", t.query());
        g.writeNumberField("p10", t.p10());
        g.writeNumberField("ndcg10", t.ndcg10());
        g.writeNumberField("map100", t.map100());
        g.writeNumberField("retrieved", t.retrieved());
        if (t.problem() != null) {
          g.writeStringField("problem", t.problem());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** A missing file comes as its bare path from java.nio: say so. */
  private static String message(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
  }
}
