package io.github.lede.bench;

import io.github.lede.Articles;
import io.github.lede.LedeException;
import io.github.lede.ingest.html.HtmlArticles;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HTML throughput on one core, in pages per second, over the pages of trafilatura's evaluation set when
 * {@code ../shared} is beside the checkout (else lede's HTML fixtures; {@code -Dlede.html=DIR} for your own):
 * <ul>
 *   <li>{@code parse}: jsoup's parse of the decoded page alone, the floor under everything else;
 *   <li>{@code read}: bytes to {@link RawArticle} (decoding, parse, metadata, main text);
 *   <li>{@code readAndParse}: the two in turn on every page, each timed, so the share of reading that the
 *       parse takes is measured on the same machine at the same moment (the report's HTML table);
 *   <li>{@code extract}: the whole path, bytes to {@link Article}, as {@code lede index} runs it.
 * </ul>
 * Each invocation runs the same sample of {@value #SAMPLE} pages (every n-th page of the set, in name order,
 * repeated if the set is smaller), so every iteration measures the same mix of large and small pages; JMH
 * reports the rate per page.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class HtmlBenchmark {
  /** Pages per invocation. */
  static final int SAMPLE = 100;

  private List<byte[]> pages;
  private List<String> decoded;

  @Setup
  public void load() {
    Path dir = pagesDir();
    List<byte[]> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        all.add(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Pages lede refuses (no article text) would measure the error path; they are left out of all three.
    List<byte[]> usable = all.stream().filter(HtmlBenchmark::extracts).toList();
    pages = new ArrayList<>();
    int stride = Math.max(1, usable.size() / SAMPLE);
    for (int i = 0; pages.size() < SAMPLE; i += stride) {
      pages.add(usable.get(i % usable.size()));
    }
    decoded = pages.stream().map(HtmlArticles::decode).toList();
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    System.out.printf("sample: %d pages (%.1f MB) of %d usable in %s%n", pages.size(), bytes / 1e6, usable.size(),
        dir);
  }

  private static Path pagesDir() {
    String own = System.getProperty("lede.html");
    if (own != null) {
      return Path.of(own);
    }
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path shared = base.resolve("../shared/data/dev/trafilatura-eval").normalize();
      if (Files.isDirectory(shared)) {
        return shared;
      }
      Path fixtures = base.resolve("index-fixtures/html");
      if (Files.isDirectory(fixtures)) {
        return fixtures;
      }
    }
    throw new IllegalStateException("no pages: run from the lede checkout or set -Dlede.html=DIR");
  }

  private static boolean extracts(byte[] page) {
    try {
      Articles.extract(HtmlArticles.fromBytes(page, "page"), null);
      return true;
    } catch (LedeException e) {
      return false;
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public void parse(Blackhole bh) {
    for (String page : decoded) {
      bh.consume(Parser.htmlParser().parseInput(page, ""));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public void read(Blackhole bh) {
    for (byte[] page : pages) {
      bh.consume(HtmlArticles.fromBytes(page, "page"));
    }
  }

  /** Nanoseconds each side took in an iteration, for {@link #readAndParse}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Sides {
    public long readNanos;
    public long parseNanos;

    @Setup(Level.Iteration)
    public void reset() {
      readNanos = 0;
      parseNanos = 0;
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public void readAndParse(Sides sides, Blackhole bh) {
    // Which side goes first alternates page by page, so neither always meets the other's warm caches.
    for (int i = 0; i < pages.size(); i++) {
      if ((i & 1) == 0) {
        sides.readNanos += timedRead(i, bh);
        sides.parseNanos += timedParse(i, bh);
      } else {
        sides.parseNanos += timedParse(i, bh);
        sides.readNanos += timedRead(i, bh);
      }
    }
  }

  private long timedRead(int i, Blackhole bh) {
    long t0 = System.nanoTime();
    bh.consume(HtmlArticles.fromBytes(pages.get(i), "page"));
    return System.nanoTime() - t0;
  }

  private long timedParse(int i, Blackhole bh) {
    long t0 = System.nanoTime();
    bh.consume(Parser.htmlParser().parseInput(decoded.get(i), ""));
    return System.nanoTime() - t0;
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public void extract(Blackhole bh) {
    for (byte[] page : pages) {
      bh.consume(Articles.extract(HtmlArticles.fromBytes(page, "page"), null));
    }
  }
}
