package io.github.lede.cli;

import io.github.lede.IndexSummary;
import io.github.lede.ItemFailure;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = "Index articles from files and directories (.txt, .jsonl, .json, .gz).")
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (read recursively).")
  List<Path> paths;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
      description = "Refuse files larger than this (after decompression). Default: ${DEFAULT-VALUE}.")
  long maxFileBytes;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Resolve relative dates against this day in articles without a publication date.")
  LocalDate referenceDate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LedeOptions options = LedeOptions.builder().maxFileBytes(maxFileBytes).referenceDate(referenceDate).build();
    long start = System.nanoTime();
    Progress progress = new Progress(err, Terminal.isInteractive(), countFiles(paths));
    IndexSummary s;
    try (Lede lede = index.open(options)) {
      s = lede.index(paths, progress);
    }
    progress.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("indexed %d articles (%d new, %d updated), %d failed, %d skipped in %.1f s into %s%n",
        s.indexed(), s.indexed() - s.updated(), s.updated(), s.failed(), s.skipped(), seconds, index.where());
    for (ItemFailure f : s.failures()) {
      out.println("  failed:  " + f);
    }
    // Skips are usually many files for one reason (notes beside the articles): one line per reason.
    Map<String, Long> skipReasons = new TreeMap<>();
    for (ItemFailure f : s.skips()) {
      skipReasons.merge(f.reason(), 1L, Long::sum);
    }
    skipReasons.forEach((reason, n) -> out.println("  skipped " + n + (n == 1 ? " file: " : " files: ") + reason));
    return s.ok() ? 0 : Main.FAILED;
  }

  private static long countFiles(List<Path> paths) {
    long n = 0;
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        n++;
        continue;
      }
      try (Stream<Path> files = Files.walk(p)) {
        n += files.filter(Files::isRegularFile).count();
      } catch (IOException | UncheckedIOException e) {
        // the reader reports unreadable directories itself; the bar is only a guide
      }
    }
    return n;
  }
}
