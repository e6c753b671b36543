package io.github.lede.bench;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The index the query benchmarks search: {@code lede.bench.size} articles (default 100,000) indexed by lede
 * in batches of 10,000, each ending in a commit, so it has several segments as real indexes do. Built once
 * under {@code target/} and reused by every fork and run until the corpus or the size changes.
 */
final class BenchIndex {
  static final int DEFAULT_SIZE = 100_000;
  private static final int BATCH = 10_000;
  /** Bumped when what lede stores changes, so that an index built by older code is not reused. */
  private static final int FORMAT = 5;

  private BenchIndex() {}

  static int size() {
    return Integer.getInteger("lede.bench.size", DEFAULT_SIZE);
  }

  /** The index directory, built first if it is not there yet. */
  static synchronized Path get() {
    int size = size();
    Corpus.Loaded probe = Corpus.load();
    String key = Integer.toHexString((probe.description() + "|" + size + "|" + FORMAT).hashCode());
    Path dir = Path.of("target", "bench-index-" + size + "-" + key).toAbsolutePath();
    Path done = dir.resolve("complete");
    if (Files.exists(done)) {
      return dir;
    }
    try {
      if (Files.exists(dir)) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      List<RawArticle> articles = Corpus.load(size).articles();
      long start = System.nanoTime();
      long indexed = 0;
      try (Lede lede = Lede.open(dir)) {
        for (int from = 0; from < articles.size(); from += BATCH) {
          IndexSummary s = lede.indexRaw(articles.subList(from, Math.min(articles.size(), from + BATCH)),
              IndexListener.NONE);
          indexed += s.indexed();
        }
      }
      System.out.printf("built the benchmark index: %d articles in %.1f s (%s)%n", indexed,
          (System.nanoTime() - start) / 1e9, dir);
      Files.writeString(done, probe.description() + "\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
