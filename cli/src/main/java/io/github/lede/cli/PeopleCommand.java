package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
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
final class PeopleCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many people (default 20).")
  int top;

  @Option(names = "--json", description = "Print [{\"name\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    List<FacetCount> people;
    try (Lede lede = index.openReadOnly()) {
      people = lede.people(SearchRequest.builder(String.join(" ", query)).build(), top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartArray();
        for (FacetCount f : people) {
          g.writeStartObject();
          g.writeStringField("name", f.value());
          g.writeNumberField("articles", f.articles());
          g.writeEndObject();
        }
        g.writeEndArray();
      }));
      return 0;
    }
    for (FacetCount f : people) {
      out.printf("%6d  %s%n", f.articles(), f.value());
    }
    return 0;
  }
}
