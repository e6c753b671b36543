package io.github.lede.cli;

import io.github.lede.IndexStats;
import io.github.lede.Lede;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Show what the index holds.")
final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    IndexStats s;
    try (Lede lede = index.openReadOnly()) {
      s = lede.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("index     %s%n", index.cluster() != null ? index.cluster() : index.path().toAbsolutePath());
    out.printf("articles  %,d%n", s.articles());
    out.printf("quotes    %,d%n", s.quotes());
    out.printf("segments  %d%n", s.segments());
    out.printf("size      %.1f MB%n", s.bytes() / 1e6);
    return 0;
  }
}
