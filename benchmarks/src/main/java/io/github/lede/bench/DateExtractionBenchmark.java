package io.github.lede.bench;

import io.github.lede.extract.dates.DateExtractor;
import io.github.lede.model.Article;
import io.github.lede.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Date extraction alone, on one core: articles per second and, through the {@code chars} counter, characters
 * of headline, captions and body per second. The articles are cleaned once in setup, so only the date
 * scanner and its resolver are measured; each is resolved against its publication date, or a fixed day when
 * it has none, so relative dates get values as they do in indexing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class DateExtractionBenchmark {
  private static final LocalDate FALLBACK = LocalDate.of(1987, 3, 1);

  private final DateExtractor extractor = new DateExtractor();
  private List<Article> articles;
  private int next;

  @Setup
  public void load() {
    articles = Corpus.extracted(FALLBACK);
    long chars = articles.stream().mapToLong(DateExtractionBenchmark::length).sum();
    int dates = articles.stream().mapToInt(a -> a.dates().size()).sum();
    System.out.println("corpus: " + articles.size() + " articles, " + chars + " chars, " + dates + " dates, "
        + Corpus.load().description());
  }

  private static long length(Article a) {
    long n = a.headline().length() + a.body().length();
    for (String c : a.captions()) {
      n += c.length();
    }
    return n;
  }

  @Benchmark
  public List<DateMention> extractDates(ExtractionBenchmark.Chars counter) {
    Article a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    counter.chars += length(a);
    return extractor.extract(a, a.published() != null ? a.published() : FALLBACK);
  }
}
