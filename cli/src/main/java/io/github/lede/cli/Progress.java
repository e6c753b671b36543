package io.github.lede.cli;

import io.github.lede.IndexListener;
import io.github.lede.ItemFailure;
import java.io.PrintWriter;

/**
 * Shows indexing progress on standard error: a bar redrawn in place on a terminal, a line every few
 * seconds otherwise (logs, CI). Failures are printed as they happen so they are seen before the summary.
 */
final class Progress implements IndexListener {
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long totalFiles;
  private final long start = System.nanoTime();
  private long lastShown = start;
  private boolean barShown;

  Progress(PrintWriter err, boolean terminal, long totalFiles) {
    this.err = err;
    this.terminal = terminal;
    this.totalFiles = totalFiles;
  }

  @Override
  public void onProgress(long files, long articles, long bytes) {
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    double seconds = (now - start) / 1e9;
    String rate = String.format("%,d articles, %.1f MB, %.0f articles/s", articles, bytes / 1e6, articles / seconds);
    if (terminal) {
      err.print("\r" + bar(files) + " " + files + "/" + totalFiles + " files, " + rate + "   ");
      barShown = true;
    } else {
      err.println("indexing: " + files + "/" + totalFiles + " files, " + rate);
    }
    err.flush();
  }

  private String bar(long files) {
    int width = 30;
    int filled = totalFiles == 0 ? width : (int) Math.min(width, files * width / totalFiles);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
  }

  @Override
  public void onFailure(ItemFailure failure) {
    clearBar();
    err.println("failed: " + failure);
    err.flush();
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  void finish() {
    clearBar();
  }

  private void clearBar() {
    if (barShown) {
      err.println();
      barShown = false;
    }
  }
}
