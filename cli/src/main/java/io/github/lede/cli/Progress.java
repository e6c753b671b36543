package io.github.lede.cli;

import io.github.lede.IndexListener;
import io.github.lede.ItemFailure;
import java.io.PrintWriter;

/**
 * Shows indexing progress on standard error: a bar redrawn in place on a terminal, a line every few seconds
 * otherwise (logs, CI). The bar measures bytes read against the bytes listed, so one large file moves it as
 * well as many small ones; the last frame, drawn at {@link #finish()}, holds the batch's final figures.
 * Failures are printed as they happen so they are seen before the summary;
 * commits too, in logs ({@code committed: 10000 articles durable}), and in the bar as its durable count. It
 * also carries a stop request (Ctrl-C) to the batch.
 */
final class Progress implements IndexListener {
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long everyNanos;
  private final long start = System.nanoTime();
  private long lastShown = start;
  private boolean barShown;
  private boolean anyShown;
  /** The figures of the last line or frame shown, so a log does not repeat its last line at the end. */
  private String lastFigures = "";
  private long totalFiles;
  private long totalBytes;
  private long files;
  private long articles;
  private long bytes;
  private long durable;
  private volatile boolean stopRequested;

  Progress(PrintWriter err, boolean terminal) {
    this(err, terminal, terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS);
  }

  /** With another interval between frames (0: every call draws), for tests. */
  Progress(PrintWriter err, boolean terminal, long everyNanos) {
    this.err = err;
    this.terminal = terminal;
    this.everyNanos = everyNanos;
  }

  @Override
  public void onListed(long files, long bytes) {
    totalFiles = files;
    totalBytes = bytes;
  }

  @Override
  public void onProgress(long files, long articles, long bytes) {
    this.files = files;
    this.articles = articles;
    this.bytes = bytes;
    long now = System.nanoTime();
    if (now - lastShown < everyNanos) {
      return;
    }
    lastShown = now;
    show(now);
  }

  private void show(long now) {
    lastFigures = files + "/" + articles + "/" + bytes;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    String figures = String.format("%d/%d files, %.1f/%.1f MB, %,d articles (%,d durable), %.0f articles/s", files,
        totalFiles, bytes / 1e6, totalBytes / 1e6, articles, durable, articles / seconds);
    if (terminal) {
      err.print("\r" + bar() + " " + figures + "   ");
      barShown = true;
    } else {
      err.println("indexing: " + figures);
    }
    anyShown = true;
    err.flush();
  }

  /** Filled by bytes when the listing found any, else by files. */
  private String bar() {
    int width = 30;
    double done = totalBytes > 0 ? (double) bytes / totalBytes : totalFiles > 0 ? (double) files / totalFiles : 1;
    int filled = (int) Math.min(width, Math.round(done * width));
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
    // the closing commit after a periodic one adds nothing: one line per change in what is durable
    boolean changed = durable != this.durable;
    this.durable = durable;
    if (!terminal && changed) {
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

  /**
   * Draws the last frame with the figures the batch ended on (a terminal always gets it; a log only when it
   * showed a line before, with other figures), then ends the bar's line so that what follows starts on a
   * fresh one.
   */
  void finish() {
    if (terminal || anyShown && !lastFigures.equals(files + "/" + articles + "/" + bytes)) {
      show(System.nanoTime());
    }
    clearBar();
  }

  private void clearBar() {
    if (barShown) {
      err.println();
      barShown = false;
    }
  }
}
