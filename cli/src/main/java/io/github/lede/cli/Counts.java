package io.github.lede.cli;

import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What the counting commands ({@code people}, {@code sources}) share: how many to list, and the request. */
final class Counts {
  /**
   * The most a count lists. The store keeps the best {@code top} in memory while it counts, so an unchecked
   * figure from a web request would size that memory.
   */
  static final int MAX_TOP = 1000;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default 20, at most 1000).")
  int top;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  void check() {
    if (top < 1 || top > MAX_TOP) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 to " + MAX_TOP + ", was " + top);
    }
  }

  /** The articles counted: those the query (words joined) and the filters match. */
  SearchRequest request(List<String> query, FilterOptions filters) {
    SearchRequest.Builder b = filters.apply(SearchRequest.builder(String.join(" ", query)));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void print(PrintWriter out, List<FacetCount> counts) {
    for (FacetCount f : counts) {
      out.printf("%6d  %s%n", f.articles(), f.value());
    }
  }
}
