package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "sources", description = "The sources with the most articles matching QUERY (all without one).")
final class SourcesCommand extends CountCommand {
  @Override
  List<FacetCount> count(Lede lede, SearchRequest request, int top) {
    return lede.sources(request, top);
  }
}
