package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "people", description = "The people mentioned most in the articles matching QUERY (all without one).")
final class PeopleCommand extends CountCommand {
  @Override
  List<FacetCount> count(Lede lede, SearchRequest request, int top) {
    return lede.people(request, top);
  }
}
