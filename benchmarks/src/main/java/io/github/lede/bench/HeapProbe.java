package io.github.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap while lede indexes a corpus from a JSON-lines file, in a JVM of its own so that nothing else
 * is on the heap: {@code write N FILE} writes the corpus, {@code index FILE DIR} indexes it and prints one
 * JSON line {articles, seconds, peakHeapMb}. The peak is the sum of the heap pools' peaks, an upper bound.
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("write")) {
      write(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length == 3 && args[0].equals("index")) {
      index(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: HeapProbe write N FILE | HeapProbe index FILE DIR");
      System.exit(2);
    }
  }

  private static void write(int n, Path file) throws IOException {
    Corpus.writeJsonLines(Corpus.load(n).articles(), file);
  }

  private static void index(Path file, Path dir) throws IOException {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    IndexSummary s;
    // One file of 100,000 articles is larger than the default per-file limit, which guards against mistakes.
    try (Lede lede = Lede.open(dir, io.github.lede.LedeOptions.builder().maxFileBytes(Long.MAX_VALUE).build())) {
      s = lede.index(file);
    }
    // A few corpus entries have no body and are rejected, as they would be for a user; none indexed is a bug.
    if (s.indexed() == 0) {
      throw new IllegalStateException("the heap probe indexed " + s.indexed() + " articles: " + s.failures());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(System.out)) {
      g.writeStartObject();
      g.writeNumberField("articles", s.indexed());
      g.writeNumberField("rejected", s.failed());
      g.writeNumberField("seconds", seconds);
      g.writeNumberField("peakHeapMb", peak / 1e6);
      g.writeNumberField("maxHeapMb", Runtime.getRuntime().maxMemory() / 1e6);
      g.writeEndObject();
    }
    System.out.println();
  }
}
