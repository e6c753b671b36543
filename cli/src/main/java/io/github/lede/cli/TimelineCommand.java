package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline",
    description = {
      "How many articles matching QUERY (all without one) were published each year, month or day;",
      "with --mentioned, how many talk about each year, month or day (their date mentions)."})
final class TimelineCommand implements Callable<Integer>, JsonCommand {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "month",
      description = "year, month or day (default month).")
  String by;

  @Option(names = "--mentioned", description = {
      "Count the periods the articles talk about rather than when they were published: an article counts once"
          + " in each period its date mentions cover; a mention covering more than 366 periods (a decade, by"
          + " day) is left out."})
  boolean mentioned;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print [{\"period\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<FacetCount> periods;
    try (Lede lede = index.openReadOnly()) {
      periods = count(lede);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.counts(periods, "period"));
      return 0;
    }
    for (FacetCount f : periods) {
      out.printf("%-10s  %6d%n", f.value(), f.articles());
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    return new Answer(Json.counts(count(lede), "period"), false);
  }

  private List<FacetCount> count(Lede lede) {
    DateUnit unit = unit();
    SearchRequest request;
    try {
      request = filters.apply(SearchRequest.builder(String.join(" ", query))).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return mentioned ? lede.mentioned(request, unit) : lede.published(request, unit);
  }

  private DateUnit unit() {
    return switch (by.toLowerCase(Locale.ROOT)) {
      case "year" -> DateUnit.YEAR;
      case "month" -> DateUnit.MONTH;
      case "day" -> DateUnit.DAY;
      default -> throw new ParameterException(spec.commandLine(), "--by must be year, month or day, not '" + by + "'");
    };
  }
}
