package io.github.lede.cli;

import io.github.lede.Articles;
import io.github.lede.InputException;
import io.github.lede.ItemFailure;
import io.github.lede.extract.ArticleExtractor;
import io.github.lede.LedeOptions;
import io.github.lede.model.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = {
    "Print what lede extracts from articles, one JSON object per article per line (no index needed).",
    "Offsets (start, end) are Java string offsets into the field's text: headline, body (paragraphs",
    "joined by a blank line) or caption number INDEX."})
final class ExtractCommand implements Callable<Integer> {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or directories.")
  List<Path> files;

  @Option(names = "--raw", description = "Take each whole file verbatim as the body: no cleaning, no headline;"
      + " offsets are then offsets into the file's text.")
  boolean raw;

  @Option(names = "--explain", description = "Print, for each article, every person mention, quote speaker and"
      + " date with the rule that decided it, one per line, instead of JSON.")
  boolean explain;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Stands in for a missing publication date when resolving relative dates.")
  LocalDate referenceDate;

  @Spec CommandSpec spec;

  private int failed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LedeOptions options = LedeOptions.builder().referenceDate(referenceDate).build();
    for (Path file : files) {
      if (raw) {
        try {
          RawArticle article = Articles.readVerbatim(file, options);
          if (explain) {
            Explain.print(out, EXTRACTOR.explainVerbatim(article, referenceDate));
          } else {
            out.println(Json.article(Articles.extractVerbatim(article, referenceDate)));
          }
        } catch (InputException e) {
          fail(err, ItemFailure.of(e));
        }
        continue;
      }
      Articles.read(file, options, a -> {
        try {
          if (explain) {
            Explain.print(out, EXTRACTOR.explain(a, referenceDate));
          } else {
            out.println(Json.article(Articles.extract(a, referenceDate)));
          }
        } catch (InputException e) {
          fail(err, ItemFailure.of(e));
        }
      }, f -> fail(err, f), s -> err.println("lede: skipped " + s), n -> err.println("lede: notice: " + n));
    }
    out.flush();
    return failed == 0 ? 0 : Main.FAILED;
  }

  private void fail(PrintWriter err, ItemFailure f) {
    failed++;
    err.println("lede: " + f);
    err.flush();
  }
}
