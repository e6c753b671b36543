package io.github.lede.bench;

import io.github.lede.Articles;
import io.github.lede.extract.ArticleExtractor;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one core: articles per second and, through the {@code chars} counter, characters
 * of input per second (about bytes per second for English news). The whole pipeline runs: layout, then
 * every annotator the extractor has. {@code extractPeopleByRulesAlone} runs the same with the people rules
 * alone, so the trained tagger's cost reads as a ratio within one run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class ExtractionBenchmark {
  /** The same extraction with the people rules alone (no tagger): the baseline the tagger is held to. */
  private final ArticleExtractor rulesAlone = new ArticleExtractor(PeopleExtractor.rulesOnly());
  private List<RawArticle> articles;
  private int next;

  /** Characters extracted, reported per second next to the articles per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup
  public void load() {
    Corpus.Loaded corpus = Corpus.load();
    // Articles with no text at all (a few Reuters tables) are refused by design; they measure nothing.
    articles = corpus.articles().stream().filter(ExtractionBenchmark::extracts).toList();
    System.out.println("corpus: " + articles.size() + " articles, " + corpus.chars() + " chars, " + corpus.description());
  }

  private static boolean extracts(RawArticle raw) {
    try {
      Articles.extract(raw, null);
      return true;
    } catch (io.github.lede.InputException e) {
      return false;
    }
  }

  @Benchmark
  public Article extract(Chars counter) {
    return Articles.extract(next(counter), null);
  }

  @Benchmark
  public Article extractPeopleByRulesAlone(Chars counter) {
    return rulesAlone.extract(next(counter), null);
  }

  /** The next article, round the corpus, counted. */
  private RawArticle next(Chars counter) {
    RawArticle raw = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    counter.chars += raw.text().length();
    return raw;
  }
}
