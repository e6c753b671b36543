package io.github.lede.cli;

import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Index the fixture articles into a temporary index and run a few searches.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "The articles to index (default: index-fixtures in $LEDE_HOME or the current directory).")
  Path fixtures;

  @Spec CommandSpec spec;

  /** A search to show, with a line saying what it demonstrates. */
  private record Example(String what, SearchRequest request) {}

  private static final List<Example> EXAMPLES = List.of(
      new Example("words anywhere, ranked by BM25 over headline, captions and body, the words side by side counting more",
          SearchRequest.builder("missile launch").size(3).build()),
      new Example("a phrase, highlighted as one span",
          SearchRequest.builder("\"national grid\"").size(3).build()),
      new Example("a published: range with a term, newest first",
          SearchRequest.builder("published:[2024-06-01 TO 2024-06-30] AND (korea OR korean)")
              .sort(SortOrder.NEWEST).size(3).build()),
      new Example("a field query: only headlines",
          SearchRequest.builder("headline:(cocoa OR permafrost OR quay)").size(3).build()),
      new Example("prefix and fuzzy terms",
          SearchRequest.builder("geocryolog* OR seafloor~1").size(3).build()),
      new Example("articles that quote a speaker, with the quotes that matched",
          SearchRequest.builder("speaker:\"Kim Su Yeon\"").size(2).build()),
      new Example("near duplicates (a copy, a republication with small edits) folded into one hit",
          SearchRequest.builder("kellerby").size(4).collapse(true).highlight(false).build()),
      new Example("a misspelt query: did you mean, from the index's own words and names",
          SearchRequest.builder("venkatraman refinary").size(2).build()));

  /** The article whose related stories the demo shows: a story with two follow-ups in the fixtures. */
  private static final String RELATED_TO = "harrowmere-0001";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = fixturesDir();
    Path tmp = Files.createTempDirectory("lede-demo-");
    try (Lede lede = Lede.open(tmp)) {
      IndexSummary s = lede.index(List.of(dir), new Progress(spec.commandLine().getErr(), false));
      out.printf("Indexed %d articles from %s into %s (%d files skipped: not articles).%n", s.indexed(), dir, tmp,
          s.skipped());
      s.failures().forEach(f -> out.println("  failed: " + f));
      boolean bold = Terminal.isInteractive();
      for (Example e : EXAMPLES) {
        out.println();
        out.println("=".repeat(78));
        out.println("lede search '" + e.request().query() + "'"
            + (e.request().sort() != SortOrder.RELEVANCE ? " --sort " + e.request().sort().name().toLowerCase() : "")
            + (e.request().collapse() ? " --collapse" : ""));
        out.println("  (" + e.what() + ")");
        out.println("=".repeat(78));
        SearchResults r = lede.search(e.request());
        SearchCommand.print(out, e.request().query(), r, bold);
      }
      related(out, lede);
      return s.ok() ? 0 : Main.FAILED;
    } finally {
      deleteTree(tmp);
    }
  }

  /** Related stories of one article, when the fixtures hold it (another --fixtures folder may not). */
  private static void related(PrintWriter out, Lede lede) {
    lede.get(RELATED_TO).ifPresent(a -> {
      out.println();
      out.println("=".repeat(78));
      out.println("lede related " + RELATED_TO + " -n 3");
      out.println("  (the articles most like \"" + a.headline() + "\": its follow-ups first)");
      out.println("=".repeat(78));
      SearchCommand.print(out, lede.related(RELATED_TO, RelatedRequest.builder().size(3).build()).orElseThrow(),
          false);
    });
  }

  private Path fixturesDir() {
    if (fixtures != null) {
      return fixtures;
    }
    String home = System.getenv("LEDE_HOME");
    Path candidate = home == null ? Path.of("index-fixtures") : Path.of(home, "index-fixtures");
    if (!Files.isDirectory(candidate)) {
      throw new io.github.lede.LedeException("no fixtures at " + candidate.toAbsolutePath()
          + "; run from lede's checkout or pass --fixtures DIR");
    }
    return candidate;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is not worth failing the demo for
    }
  }
}
