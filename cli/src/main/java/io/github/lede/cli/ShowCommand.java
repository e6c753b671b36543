package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one indexed article by id.")
final class ShowCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID", description = "The article's id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the article as JSON, as lede extract does.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Article> found;
    try (Lede lede = index.openReadOnly()) {
      found = lede.get(id);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("lede: no article with id " + id + " in " + index.where());
      return Main.FAILED;
    }
    Article a = found.get();
    if (json) {
      out.println(Json.article(a));
      return 0;
    }
    out.println(a.headline() + (a.headlineDerived() ? "  (headline derived from the lede)" : ""));
    line(out, "id", a.id());
    line(out, "published", a.published() == null ? null : a.published().toString());
    line(out, "source", a.source());
    line(out, "url", a.url());
    line(out, "by", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    line(out, "dateline", a.dateline());
    line(out, "people", a.people().isEmpty() ? null : String.join(", ", a.personNames()));
    out.println();
    if (a.dek() != null) {
      // The standfirst, marked as captions are: it sums the article up and is not part of the body.
      for (String d : a.dek().split(Article.PARAGRAPH_SEPARATOR)) {
        out.println("[dek] " + d);
      }
      out.println();
    }
    for (String p : a.paragraphs()) {
      out.println(p);
      out.println();
    }
    for (String c : a.captions()) {
      out.println("[caption] " + c);
    }
    for (String c : a.credits()) {
      out.println("[credit] " + c);
    }
    return 0;
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null) {
      out.printf("%-10s %s%n", label + ":", value);
    }
  }
}
