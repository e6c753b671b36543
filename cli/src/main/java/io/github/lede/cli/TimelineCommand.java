package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.DateUnit;
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

@Command(name = "timeline",
    description = "How many articles matching QUERY (all without one) were published each year, month or day.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "month",
      description = "year, month or day (default month).")
  String by;

  @Option(names = "--json", description = "Print [{\"period\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DateUnit unit = switch (by.toLowerCase(java.util.Locale.ROOT)) {
      case "year" -> DateUnit.YEAR;
      case "month" -> DateUnit.MONTH;
      case "day" -> DateUnit.DAY;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--by must be year, month or day, not '" + by + "'");
    };
    List<FacetCount> periods;
    try (Lede lede = index.openReadOnly()) {
      periods = lede.published(SearchRequest.builder(String.join(" ", query)).build(), unit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.of(g -> {
        g.writeStartArray();
        for (FacetCount f : periods) {
          g.writeStartObject();
          g.writeStringField("period", f.value());
          g.writeNumberField("articles", f.articles());
          g.writeEndObject();
        }
        g.writeEndArray();
      }));
      return 0;
    }
    for (FacetCount f : periods) {
      out.printf("%-10s  %6d%n", f.value(), f.articles());
    }
    return 0;
  }
}
