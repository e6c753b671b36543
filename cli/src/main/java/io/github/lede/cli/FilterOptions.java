package io.github.lede.cli;

import io.github.lede.model.DateRange;
import io.github.lede.model.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The filters an article search takes beside its query: person, source, publication and mentioned dates.
 * Shared by {@code search} and the counts over its matches ({@code people}, {@code sources},
 * {@code timeline}), so that a count can be narrowed exactly as the search it describes; the web page's
 * facets rely on it.
 */
final class FilterOptions {
  @Option(names = "--person", paramLabel = "NAME", description = "Only articles mentioning this person (canonical name).")
  List<String> people = new ArrayList<>();

  @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles from this source (repeat for any of several).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--published", paramLabel = "FROM..TO",
      description = "Only articles published in this range: days, weeks, months, quarters or years (2024-06..2024-08, 2024-Q2, 2024..).")
  String published;

  @Option(names = "--mentions", paramLabel = "FROM..TO",
      description = "Only articles that talk about a day in this range, written as for --published.")
  String mentions;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** Adds the filters to a request being built; a date that is not one is a usage error naming its option. */
  SearchRequest.Builder apply(SearchRequest.Builder b) {
    people.forEach(b::person);
    sources.forEach(b::source);
    if (published != null) {
      b.published(range("--published", published));
    }
    if (mentions != null) {
      b.mentions(range("--mentions", mentions));
    }
    return b;
  }

  private DateRange range(String option, String value) {
    try {
      return DateRange.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
