package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that counts the articles a search matches by a value of theirs, most first: {@code people} by
 * person, {@code sources} by source. Each says what it counts by; the options, the output and the bounds
 * are the same.
 */
abstract class CountCommand implements Callable<Integer>, JsonCommand {
  /**
   * The most a count lists. The store keeps the best {@code top} in memory while it counts, so an unchecked
   * figure from a web request would size that memory.
   */
  static final int MAX_TOP = 1000;

  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default 20, at most 1000).")
  int top;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print [{\"name\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  /** The {@code top} values of the articles the request matches, with their article counts. */
  abstract List<FacetCount> count(Lede lede, SearchRequest request, int top);

  @Override
  public Integer call() {
    SearchRequest request = request();
    List<FacetCount> counts;
    try (Lede lede = index.openReadOnly()) {
      counts = count(lede, request, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.counts(counts, "name"));
      return 0;
    }
    for (FacetCount f : counts) {
      out.printf("%6d  %s%n", f.articles(), f.value());
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    return Answer.of(Json.counts(count(lede, request(), top), "name"));
  }

  /** The articles counted: those the query (words joined) and the filters match. */
  private SearchRequest request() {
    if (top < 1 || top > MAX_TOP) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 to " + MAX_TOP + ", was " + top);
    }
    try {
      return filters.apply(SearchRequest.builder(String.join(" ", query))).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
