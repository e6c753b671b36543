package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.PrintWriter;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "related", description = {
    "The articles most like one indexed article (\"more like this\"), from the words of its headline and body and",
    "its people's names; never the article itself nor its copies under other ids."})
final class RelatedCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID", description = "The article's id, as search prints it.")
  String id;

  @Option(names = "--within", paramLabel = "PERIOD",
      description = "Only articles published this long before or after it: 30d, 6w, 3m, 1y.")
  String within;

  @Option(names = {"-n", "--size"}, paramLabel = "N", defaultValue = "10", description = "How many (default 10).")
  int size;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print the results as one JSON object, as search does.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RelatedRequest request = request();
    Optional<SearchResults> found;
    try (Lede lede = index.openReadOnly()) {
      found = lede.related(id, request);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("lede: no article with id " + id + " in " + index.where());
      return Main.FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.results(found.get()));
    } else {
      SearchCommand.print(out, found.get(), false);
    }
    return 0;
  }

  private RelatedRequest request() {
    // The filters are search's (one parser for both); a related search has no --mentions.
    SearchRequest filtered = filters.apply(SearchRequest.builder("")).build();
    if (filtered.mentions() != null) {
      throw new ParameterException(spec.commandLine(), "related takes no --mentions");
    }
    RelatedRequest.Builder b = RelatedRequest.builder().size(size).published(filtered.published())
        .within(within == null ? null : period(within));
    filtered.people().forEach(b::person);
    filtered.sources().forEach(b::source);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code 30d}, {@code 6w}, {@code 3m}, {@code 1y}: a number and a unit. */
  private Period period(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    int n;
    try {
      n = Integer.parseInt(t.substring(0, Math.max(0, t.length() - 1)));
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n >= 0 && !t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'd': return Period.ofDays(n);
        case 'w': return Period.ofWeeks(n);
        case 'm': return Period.ofMonths(n);
        case 'y': return Period.ofYears(n);
        default: break;
      }
    }
    throw new ParameterException(spec.commandLine(),
        "--within takes a number and d, w, m or y (30d, 6w, 3m, 1y), not " + text);
  }
}
