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

@Command(name = "people", description = "The people mentioned most in the articles matching QUERY (all without one).")
final class PeopleCommand implements Callable<Integer>, JsonCommand {
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
    List<FacetCount> people;
    try (Lede lede = index.openReadOnly()) {
      people = count(lede);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.counts(people, "name"));
    } else {
      Counts.print(out, people);
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    counts.check();
    return Answer.of(Json.counts(count(lede), "name"));
  }

  private List<FacetCount> count(Lede lede) {
    return lede.people(counts.request(query, filters), counts.top);
  }
}
