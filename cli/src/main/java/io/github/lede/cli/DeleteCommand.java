package io.github.lede.cli;

import io.github.lede.Lede;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = {
    "Delete articles, with their quotes, by id.",
    "Exit code 0 when every id was deleted, 1 when some were not in the index (each named on standard error)."})
final class DeleteCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as search and show print them.")
  List<String> ids;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> unknown = new ArrayList<>();
    int deleted = 0;
    try (Lede lede = index.openExisting()) {
      // An id given twice is one article: the second would report it unknown.
      for (String id : new LinkedHashSet<>(ids)) {
        if (lede.delete(id)) {
          deleted++;
        } else {
          unknown.add(id);
        }
      }
    }
    out.printf("deleted %d article%s from %s%n", deleted, deleted == 1 ? "" : "s", index.where());
    for (String id : unknown) {
      err.println("lede: no article with id " + id + " in " + index.where());
    }
    return unknown.isEmpty() ? 0 : Main.FAILED;
  }
}
