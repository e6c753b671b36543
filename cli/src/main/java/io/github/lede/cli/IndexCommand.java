package io.github.lede.cli;

import io.github.lede.IndexSummary;
import io.github.lede.ItemFailure;
import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = {
    "Index articles from files and directories (.txt, .jsonl, .json, .html, .gz), following symbolic links.",
    "A file's article keeps its id across edits: its own id or URL, else its path below the folder given, after"
        + " the folder's name (news/2024/a.txt); indexing the edited file again updates its article."})
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

  /** Skipped files named in the summary when a reason has this many or fewer. */
  private static final int NAMED_SKIPS = 3;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LedeOptions options = LedeOptions.builder().maxFileBytes(maxFileBytes).referenceDate(referenceDate).build();
    long start = System.nanoTime();
    Progress progress = new Progress(err, Terminal.isInteractive());
    IndexSummary s;
    try (Lede lede = Lede.open(index.path(), options)) {
      s = lede.index(paths, progress);
    }
    progress.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("indexed %d articles (%d new, %d updated), %d failed, %d skipped%s%s in %.1f s into %s%n",
        s.indexed(), s.indexed() - s.updated(), s.updated(), s.failed(), s.skipped(),
        count(s.duplicates().size(), "duplicate"), count(s.notices().size(), "notice"), seconds, index.path());
    for (ItemFailure f : s.failures()) {
      out.println("  failed:  " + f);
    }
    for (ItemFailure f : s.duplicates()) {
      out.println("  duplicate: " + f);
    }
    for (ItemFailure f : s.notices()) {
      out.println("  notice:  " + f);
    }
    // Skips are often many files for one reason (notes beside the articles): one line per reason, naming
    // the files when they are few (a pipe, a link loop).
    Map<String, List<String>> skipReasons = new TreeMap<>();
    for (ItemFailure f : s.skips()) {
      skipReasons.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add(f.file());
    }
    skipReasons.forEach((reason, files) -> out.println("  skipped " + files.size()
        + (files.size() == 1 ? " file: " : " files: ") + reason
        + (files.size() <= NAMED_SKIPS ? " (" + String.join(", ", files) + ")" : "")));
    return s.ok() ? 0 : Main.FAILED;
  }

  /** ", 2 notices" when there are any; nothing when none, to keep the usual summary short. */
  private static String count(int n, String what) {
    return n == 0 ? "" : ", " + n + " " + what + (n == 1 ? "" : "s");
  }
}
