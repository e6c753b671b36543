package io.github.lede.cli;

import io.github.lede.IndexSummary;
import io.github.lede.IndexingFailedException;
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
import java.util.concurrent.CountDownLatch;
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

  @Option(names = "--commit-every", paramLabel = "WHEN", converter = CommitEvery.Converter.class,
      description = "Commit after this many articles and/or this long (10000,30s: whichever comes first; 5000; "
          + "30s; 2m; end: only at the end). A crash or a full disk keeps what was committed. "
          + "Default: 10000,30s.")
  CommitEvery commitEvery = CommitEvery.DEFAULT;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LedeOptions options = commitEvery.applyTo(LedeOptions.builder())
        .maxFileBytes(maxFileBytes).referenceDate(referenceDate).build();
    long start = System.nanoTime();
    Progress progress = new Progress(err, Terminal.isInteractive());
    // Ctrl-C or SIGTERM: the batch stops at the next article and commits; the JVM waits for the summary below,
    // then exits with 130 or 143 as usual for a process ended by a signal.
    CountDownLatch summarised = new CountDownLatch(1);
    Thread onSignal = new Thread(() -> {
      progress.requestStop();
      awaitUninterruptibly(summarised);
    }, "lede-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try (Lede lede = index.open(options)) {
      IndexSummary s;
      try {
        s = lede.index(paths, progress);
      } catch (IndexingFailedException e) {
        progress.finish();
        err.println("lede: " + e.getMessage());
        err.flush();
        printSummary(out, e.summary(), start);
        long lost = e.summary().indexed() - e.summary().durable();
        out.printf("durable: %d articles, committed before the failure%s%n", e.summary().durable(),
            lost > 0 ? "; the " + lost + " indexed after the last commit are not in the index" : "");
        return Main.FAILED;
      }
      progress.finish();
      printSummary(out, s, start);
      if (s.stopped()) {
        out.printf("stopped: %d articles durable; run the same command again to index the rest "
            + "(articles already indexed are updated, not added twice)%n", s.durable());
      }
      return s.ok() ? 0 : Main.FAILED;
    } finally {
      out.flush();
      summarised.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // a signal came: the hook is running and lets the JVM exit now that the summary is out
      }
    }
  }

  private void printSummary(PrintWriter out, IndexSummary s, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("indexed %d articles (%d new, %d updated), %d failed, %d skipped%s%s in %.1f s into %s%n",
        s.indexed(), s.indexed() - s.updated(), s.updated(), s.failed(), s.skipped(),
        count(s.duplicates().size(), "duplicate"), count(s.notices().size(), "notice"), seconds, index.where());
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
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep waiting: the JVM must not exit before the batch has committed and the summary is printed
      }
    }
  }

  /** ", 2 notices" when there are any; nothing when none, to keep the usual summary short. */
  private static String count(int n, String what) {
    return n == 0 ? "" : ", " + n + " " + what + (n == 1 ? "" : "s");
  }
}
