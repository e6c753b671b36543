package io.github.lede.search;

import io.github.lede.IndexLockedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The index directories this JVM holds open for writing. Lucene's lock refuses a second writer in the same
 * process as it refuses one in another, with the same exception; this registry tells the two apart, so that
 * the message blames the right one ("already open in this process", not "another process").
 */
final class WritersInThisProcess {
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private WritersInThisProcess() {}

  /** Claims an existing directory for writing; returns the key to release, or throws when already claimed. */
  static Path claim(Path dir) throws IOException {
    Path key = dir.toRealPath();
    if (!OPEN.add(key)) {
      throw IndexLockedException.inThisProcess(dir);
    }
    return key;
  }

  /** Gives a claim back; null (no claim) is ignored, so callers can release unconditionally. */
  static void release(Path key) {
    if (key != null) {
      OPEN.remove(key);
    }
  }
}
