package io.github.lede.bench;

import io.github.lede.Articles;
import io.github.lede.extract.people.ArticlePeople;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.quotes.QuoteExtractor;
import io.github.lede.text.ArticleTokens;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import java.util.ArrayList;
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
 * The quote extractor alone, on articles already laid out and with their people found: characters of
 * headline, captions and body per second through the {@code chars} counter (issue target: 5 MB/s on one
 * core).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class QuoteBenchmark {
  private final QuoteExtractor quotes = new QuoteExtractor();
  private List<Article> articles;
  private List<ArticlePeople> people;
  private int next;

  @Setup
  public void load() {
    articles = new ArrayList<>();
    people = new ArrayList<>();
    for (var raw : Corpus.load().articles()) {
      try {
        Article a = Articles.extract(raw, null);
        articles.add(a);
        people.add(new PeopleExtractor().extract(a));
      } catch (io.github.lede.InputException e) {
        // no text: nothing to measure
      }
    }
  }

  @Benchmark
  public List<Quote> extract(ExtractionBenchmark.Chars counter) {
    int n = next;
    Article a = articles.get(n);
    next = next + 1 == articles.size() ? 0 : next + 1;
    int chars = a.body().length() + a.headline().length();
    for (String c : a.captions()) {
      chars += c.length();
    }
    counter.chars += chars;
    // The article's tokens are made here, as extraction makes them once for every extractor; the people
    // the quotes are attributed to are found beforehand, as extraction finds them first.
    return quotes.extract(a, ArticleTokens.of(a), people.get(n)).quotes();
  }
}
