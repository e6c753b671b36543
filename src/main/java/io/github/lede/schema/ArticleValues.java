package io.github.lede.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.LedeException;
import io.github.lede.duplicates.BodySignature;
import io.github.lede.index.ArticleDocuments;
import io.github.lede.index.DayIntervals;
import io.github.lede.json.ArticleJson;
import io.github.lede.json.JsonTree;
import io.github.lede.model.Article;
import io.github.lede.model.DateMention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values an article gives each field of {@link IndexLayout} (all but the embedded store's own
 * bookkeeping), and the article read back from its stored values. A store renders these as it renders the
 * layout: text and keywords as strings, days as {@link LocalDate}, date mentions as {@link DayInterval}s,
 * the structured rest as {@link JsonText}.
 *
 * @param article field name to values, for the article
 * @param quotes one such map per quote, in the article's order
 */
public record ArticleValues(Map<String, List<Object>> article, List<Map<String, List<Object>>> quotes) {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** An inclusive interval of days, as days since 1970-01-01. */
  public record DayInterval(long first, long last) {}

  /** A JSON object, as text. */
  public record JsonText(String json) {}

  public static ArticleValues of(Article a) {
    Map<String, List<Object>> m = new LinkedHashMap<>();
    put(m, "id", a.id());
    put(m, "headline", a.headline());
    put(m, "dek", a.dek());
    put(m, "body", a.body());
    a.captions().forEach(c -> put(m, "caption", c));
    put(m, "dateline", a.dateline());
    a.authors().forEach(au -> put(m, "author", au));
    put(m, "source", a.source());
    put(m, "source_facet", a.source());
    put(m, "url", a.url());
    put(m, "published", a.published());
    Set<String> names = new LinkedHashSet<>();
    for (Person p : a.people()) {
      names.add(p.name());
    }
    names.forEach(n -> put(m, "person", n));
    names.forEach(n -> put(m, "person_name", n));
    for (DateMention d : a.dates()) {
      long[] days = DayIntervals.of(d.value());
      if (days != null) {
        put(m, "mentions", new DayInterval(days[0], days[1]));
      }
    }
    put(m, "_content", BodySignature.contentHash(a.headline(), a.body()));
    BodySignature.bands(a.body()).forEach(b -> put(m, "_near", b));
    put(m, "_extras", new JsonText(ArticleDocuments.extras(a)));
    List<Map<String, List<Object>>> quotes = new ArrayList<>(a.quotes().size());
    for (Quote q : a.quotes()) {
      Map<String, List<Object>> qm = new LinkedHashMap<>();
      put(qm, "quote", q.text());
      if (q.speaker() != null) {
        put(qm, "speaker", q.speaker());
        put(qm, "speaker_name", q.speaker());
        put(qm, "speaker_kind", q.speakerKind().jsonName());
      }
      put(qm, "speaker_as_written", q.speakerAsWritten());
      put(qm, "published", a.published());
      quotes.add(qm);
    }
    return new ArticleValues(m, quotes);
  }

  private static void put(Map<String, List<Object>> m, String field, Object value) {
    if (value != null) {
      m.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    }
  }

  /** The article from its stored values: the text fields, and the rest from the {@code _extras} JSON. */
  public static Article read(String id, String headline, String dek, String body, List<String> captions,
      String source, String url, LocalDate published, String extrasJson) {
    Article base = Article.builder(id, headline, body)
        .dek(dek)
        .source(source)
        .url(url)
        .published(published)
        .captions(captions)
        .build();
    if (extrasJson == null) {
      return base;
    }
    try (JsonParser p = JSON.createParser(extrasJson)) {
      p.nextToken();
      return ArticleJson.read((Map<?, ?>) JsonTree.read(p), base);
    } catch (IOException | RuntimeException e) {
      throw new LedeException("stored article " + id + " is damaged: " + e.getMessage(), e);
    }
  }
}
