package io.github.lede.bench;

import io.github.lede.Articles;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.index.Schema;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where indexing time goes, per batch of {@link #ARTICLES} articles, all in one process: raw Lucene
 * indexing headline and body with lede's analyzers and field options (the baseline), lede's full path from
 * a JSON-lines file (read, extract, index, commit), and extraction alone. Each operation runs the three, in
 * turn starting with a different one, and the counters add up the nanoseconds each took: the report turns
 * them into articles and megabytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class IndexingBenchmark {
  /** Articles per measured batch. */
  public static final int ARTICLES = 10_000;

  private List<RawArticle> articles;
  private Path jsonLines;

  @Setup(Level.Trial)
  public void load() throws IOException {
    articles = Corpus.load(ARTICLES).articles();
    jsonLines = Files.createTempFile("lede-bench-", ".jsonl");
    Corpus.writeJsonLines(articles, jsonLines);
  }

  @TearDown(Level.Trial)
  public void removeFile() throws IOException {
    Files.deleteIfExists(jsonLines);
  }

  /** Nanoseconds spent in each path, reported per second of the iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Spent {
    public long rawLucene;
    public long ledeFullPath;
    public long extractionOnly;

    @Setup(Level.Iteration)
    public void reset() {
      rawLucene = 0;
      ledeFullPath = 0;
      extractionOnly = 0;
    }
  }

  private int turn;

  @Benchmark
  public void paths(Spent spent, Blackhole bh) throws IOException {
    turn++;
    for (int i = 0; i < 3; i++) {
      switch ((turn + i) % 3) {
        case 0 -> spent.rawLucene += timed(this::rawLucene);
        case 1 -> spent.ledeFullPath += timed(() -> bh.consume(ledeFullPath()));
        default -> spent.extractionOnly += timed(() -> extractionOnly(bh));
      }
    }
  }

  private interface Work {
    void run() throws IOException;
  }

  private static long timed(Work work) throws IOException {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  private void rawLucene() throws IOException {
    Path dir = Files.createTempDirectory("lede-bench-raw-");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Schema.analyzer())
        .setRAMBufferSizeMB(64))) {
      for (RawArticle a : articles) {
        Document d = new Document();
        d.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
        d.add(new Field(Schema.HEADLINE, a.headline() == null ? "" : a.headline(), Schema.TEXT_WITH_OFFSETS));
        d.add(new Field(Schema.BODY, a.text(), Schema.TEXT_WITH_OFFSETS));
        w.addDocument(d);
      }
      w.commit();
    } finally {
      delete(dir);
    }
  }

  private IndexSummary ledeFullPath() throws IOException {
    Path dir = Files.createTempDirectory("lede-bench-lede-");
    try (Lede lede = Lede.open(dir)) {
      return lede.index(jsonLines);
    } finally {
      delete(dir);
    }
  }

  private void extractionOnly(Blackhole bh) {
    for (RawArticle a : articles) {
      try {
        bh.consume(Articles.extract(a, null));
      } catch (io.github.lede.InputException e) {
        bh.consume(e);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
