package io.github.lede.index;

import io.github.lede.DiskFullException;
import io.github.lede.LedeException;
import java.util.Locale;

/** Tells a full disk from other write failures, so that the message says which. */
public final class WriteFailures {
  /**
   * How the operating system says a disk is full, as the JDK passes it on: ENOSPC and EDQUOT on Linux and
   * macOS, ERROR_DISK_FULL on Windows.
   */
  private static final String[] DISK_FULL = {
    "no space left on device", "disk quota exceeded", "not enough space on the disk"
  };

  private WriteFailures() {}

  /**
   * The exception to throw for a failed write: a {@link DiskFullException} when the disk is full, else a
   * {@link LedeException}; both say what was being done, to what, and the operating system's own words.
   *
   * @param doing what failed, as a phrase: {@code writing feed.jsonl:17 to the index at news-index}
   * @param where the index, as a phrase: {@code the index at news-index}
   */
  public static LedeException of(String doing, String where, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && isDiskFull(m)) {
        return new DiskFullException("disk full: no space left for " + where + " (" + m.strip()
            + "); it holds what its last commit held", failure);
      }
    }
    return new LedeException(doing + " failed: " + rootMessage(failure), failure);
  }

  private static boolean isDiskFull(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    for (String words : DISK_FULL) {
      if (m.contains(words)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }
}
