package io.github.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.json.JsonTree;
import io.github.lede.model.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * News for the benchmarks: Reuters-21578 from {@code ../shared/corpus} when this checkout sits beside it,
 * else a deterministic generated corpus ({@link GeneratedCorpus}), so the suite also runs on a user's
 * machine. Set {@code -Dlede.corpus=PATH} to a JSON-lines file of your own.
 */
public final class Corpus {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Articles generated when no real corpus is at hand: about Reuters-21578's size. */
  private static final int GENERATED_SIZE = 20_000;

  private Corpus() {}

  /** The articles, and a line saying where they came from. */
  public record Loaded(List<RawArticle> articles, String description) {
    public long chars() {
      return articles.stream().mapToLong(a -> a.text().length() + (a.headline() == null ? 0 : a.headline().length()))
          .sum();
    }
  }

  private static Loaded cached;

  /** The corpus, read once per JVM. */
  public static synchronized Loaded load() {
    if (cached == null) {
      cached = read();
    }
    return cached;
  }

  private static Loaded read() {
    String own = System.getProperty("lede.corpus");
    Path reuters = find("shared/corpus/reuters21578.jsonl");
    try {
      if (own != null) {
        return new Loaded(jsonLines(Path.of(own)), own);
      }
      if (reuters != null) {
        return new Loaded(jsonLines(reuters), "Reuters-21578 (" + reuters + ")");
      }
      return new Loaded(new GeneratedCorpus().articles(GENERATED_SIZE), "generated (" + GENERATED_SIZE
          + " articles, Zipf vocabulary, seed 7)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Looks for a path relative to the working directory, its parent and the parent's parent. */
  private static Path find(String relative) {
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path p = base.resolve(relative);
      if (Files.exists(p)) {
        return p;
      }
      Path beside = base.resolve("..").resolve(relative).normalize();
      if (Files.exists(beside)) {
        return beside;
      }
    }
    return null;
  }

  private static List<RawArticle> jsonLines(Path file) throws IOException {
    List<RawArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = JSON.createParser(line)) {
          p.nextToken();
          Map<?, ?> m = (Map<?, ?>) JsonTree.read(p);
          Object body = m.containsKey("body") ? m.get("body") : m.get("maintext");
          if (body instanceof String text && !text.isBlank()) {
            Object headline = m.containsKey("headline") ? m.get("headline") : m.get("title");
            Object published = m.containsKey("published") ? m.get("published") : m.get("date_publish");
            out.add(RawArticle.builder(text)
                .headline(headline instanceof String h ? h : null)
                .published(published instanceof String d ? d : null)
                .source(m.get("source") instanceof String s ? s : null)
                .build());
          }
        }
      }
    }
    return out;
  }

  /**
   * The corpus extracted once, for benchmarks of one extractor alone; articles with no text at all (a few
   * Reuters tables) are refused by extraction and left out.
   *
   * @param reference resolves relative dates in articles without a publication date (may be null)
   */
  public static List<io.github.lede.model.Article> extracted(java.time.LocalDate reference) {
    List<io.github.lede.model.Article> out = new ArrayList<>();
    for (RawArticle raw : load().articles()) {
      try {
        out.add(io.github.lede.Articles.extract(raw, reference));
      } catch (io.github.lede.InputException e) {
        // nothing to measure in it
      }
    }
    return out;
  }

  /** Writes articles as lede's JSON lines, for the benchmarks that index from files. */
  public static void writeJsonLines(List<RawArticle> articles, Path file) throws IOException {
    try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(w)) {
      for (RawArticle a : articles) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("headline", a.headline());
        g.writeStringField("published", a.published());
        g.writeStringField("source", a.source());
        g.writeStringField("body", a.text());
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }

  /**
   * {@code size} articles: the corpus repeated as often as needed, each copy with fresh ids so that lede
   * indexes it as new articles (their text repeats, as syndicated news does).
   */
  public static Loaded load(int size) {
    Loaded base = load();
    List<RawArticle> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      RawArticle a = base.articles().get(i % base.articles().size());
      out.add(new RawArticle(a.origin(), "bench-" + i, a.url(), a.source(), a.headline(), a.published(),
          a.authors(), a.text()));
    }
    return new Loaded(out, base.description() + ", repeated to " + size + " articles with fresh ids");
  }
}
