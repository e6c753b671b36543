package io.github.lede.cli;

import io.github.lede.IndexListener;
import io.github.lede.ItemFailure;
import java.io.PrintWriter;

/**
 * Shows indexing progress on standard error: a bar redrawn in place on a terminal, a line every few
 * seconds otherwise (logs, CI). Failures are printed as they happen so they are seen before the summary;
 * commits too, in logs ({@code committed: 10000 articles durable}), and in the bar as its durable count. It
 * also carries a stop request (Ctrl-C) to the batch.
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
  private long durable;
  private volatile boolean stopRequested;

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
    String rate = String.format("%,d articles (%,d durable), %.1f MB, %.0f articles/s", articles, durable,
        bytes / 1e6, articles / seconds);
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

  @Override
  public void onCommit(long durable) {
    this.durable = durable;
    if (!terminal) {
      err.println("committed: " + durable + " articles durable");
      err.flush();
    }
  }

  /** Asks the batch to stop at the next article (it commits first); says so at once. */
  void requestStop() {
    stopRequested = true;
    clearBar();
    err.println("stopping: committing what is indexed...");
    err.flush();
  }

  @Override
  public boolean stopRequested() {
    return stopRequested;
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
