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
 * Where indexing time goes, per batch of {@link #ARTICLES} articles: raw Lucene indexing headline and body
 * with lede's analyzers and field options (the baseline), lede's full path from a JSON-lines file (read,
 * extract, index, commit), and extraction alone. The report turns seconds per batch into articles and
 * megabytes per second.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Benchmark)
public class IndexingBenchmark {
  /** Articles per measured batch. */
  public static final int ARTICLES = 10_000;

  private List<RawArticle> articles;
  private Path jsonLines;
  private Path dir;

  @Setup(Level.Trial)
  public void load() throws IOException {
    articles = Corpus.load(ARTICLES).articles();
    jsonLines = Files.createTempFile("lede-bench-", ".jsonl");
    Corpus.writeJsonLines(articles, jsonLines);
  }

  @Setup(Level.Invocation)
  public void freshDirectory() throws IOException {
    dir = Files.createTempDirectory("lede-bench-index-");
  }

  @TearDown(Level.Invocation)
  public void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @TearDown(Level.Trial)
  public void removeFile() throws IOException {
    Files.deleteIfExists(jsonLines);
  }

  @Benchmark
  public void rawLucene() throws IOException {
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
    }
  }

  @Benchmark
  public IndexSummary ledeFullPath() {
    try (Lede lede = Lede.open(dir)) {
      return lede.index(jsonLines);
    }
  }

  @Benchmark
  public void extractionOnly(Blackhole bh) {
    for (RawArticle a : articles) {
      bh.consume(Articles.extract(a, null));
    }
  }
}
