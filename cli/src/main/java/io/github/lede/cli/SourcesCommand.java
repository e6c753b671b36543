package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sources", description = "The sources with the most articles matching QUERY (all without one).")
final class SourcesCommand implements Callable<Integer>, JsonCommand {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Mixin Counts counts;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print [{\"name\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    counts.check();
    List<FacetCount> sources;
    try (Lede lede = index.openReadOnly()) {
      sources = count(lede);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.counts(sources, "name"));
    } else {
      Counts.print(out, sources);
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    counts.check();
    return Answer.of(Json.counts(count(lede), "name"));
  }

  private List<FacetCount> count(Lede lede) {
    return lede.sources(counts.request(query, filters), counts.top);
  }
}
