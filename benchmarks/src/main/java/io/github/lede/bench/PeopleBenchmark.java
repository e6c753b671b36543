package io.github.lede.bench;

import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.model.Article;
import io.github.lede.model.Person;
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
 * The people extractor alone, on articles already laid out (their tokenizing included): characters of headline, captions and body per
 * second through the {@code chars} counter (issue target: 5 MB/s on one core), with the trained tagger and
 * with the rules alone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class PeopleBenchmark {
  private final PeopleExtractor people = new PeopleExtractor();
  private final PeopleExtractor rulesAlone = PeopleExtractor.rulesOnly();
  private List<Article> articles;
  private int next;

  @Setup
  public void load() {
    articles = Corpus.extracted(null);
  }

  @Benchmark
  public List<Person> extract(ExtractionBenchmark.Chars counter) {
    return people.extract(next(counter)).people();
  }

  /** The hand-written rules without the tagger, for the ratio in one run. */
  @Benchmark
  public List<Person> extractByRulesAlone(ExtractionBenchmark.Chars counter) {
    return rulesAlone.extract(next(counter)).people();
  }

  /** The next article, round the corpus, counted. */
  private Article next(ExtractionBenchmark.Chars counter) {
    Article a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    counter.chars += a.body().length() + a.headline().length();
    return a;
  }
}
