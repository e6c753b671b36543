package io.github.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lede.json.ArticleJson;
import io.github.lede.model.Article;
import io.github.lede.QuerySyntaxException;
import io.github.lede.model.DateMention;
import io.github.lede.model.FacetCount;
import io.github.lede.model.Highlight;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchResults;
import io.github.lede.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON the CLI prints, one compact object per line: the only writer of the {@code --json} contracts, which
 * {@code lede serve}'s API returns as they are.
 */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String of(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String article(Article a) {
    return of(g -> ArticleJson.write(g, a, true));
  }

  static String results(SearchResults r) {
    return of(g -> {
      g.writeStartObject();
      g.writeNumberField("total", r.total());
      g.writeBooleanField("totalIsLowerBound", r.totalIsLowerBound());
      g.writeArrayFieldStart("hits");
      for (SearchHit h : r.hits()) {
        hit(g, h);
      }
      g.writeEndArray();
      g.writeStringField("next", r.next());
      g.writeBooleanField("timedOut", r.timedOut());
      g.writeEndObject();
    });
  }

  private static void hit(JsonGenerator g, SearchHit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    score(g, h.score());
    g.writeStringField("headline", h.headline());
    g.writeStringField("published", h.published() == null ? null : h.published().toString());
    g.writeStringField("source", h.source());
    g.writeStringField("url", h.url());
    g.writeArrayFieldStart("people");
    for (String p : h.people()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("highlights");
    for (Map.Entry<String, List<Highlight>> e : h.highlights().entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (Highlight hl : e.getValue()) {
        g.writeStartObject();
        g.writeStringField("text", hl.text());
        passage(g, hl);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("dates");
    for (DateMention d : h.dates()) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value());
      g.writeStringField("field", d.field().jsonName());
      g.writeNumberField("index", d.index());
      g.writeNumberField("start", d.start());
      g.writeNumberField("end", d.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (MatchedQuote q : h.quotes()) {
      g.writeStartObject();
      ArticleJson.writeQuote(g, q.text(), q.speaker(), q.speakerKind(), q.speakerAsWritten());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("truncated", h.truncated());
    g.writeEndObject();
  }

  static String quotes(QuoteResults r) {
    return of(g -> {
      g.writeStartObject();
      g.writeNumberField("total", r.total());
      g.writeBooleanField("totalIsLowerBound", r.totalIsLowerBound());
      g.writeArrayFieldStart("hits");
      for (QuoteHit h : r.hits()) {
        g.writeStartObject();
        score(g, h.score());
        // The quote as the highlight shows it: whole, or a window of passageLength around its first match.
        ArticleJson.writeQuote(g, h.highlight().text(), h.speaker(), h.speakerKind(), h.speakerAsWritten());
        passage(g, h.highlight());
        g.writeStringField("articleId", h.articleId());
        g.writeStringField("headline", h.headline());
        g.writeStringField("published", h.published() == null ? null : h.published().toString());
        g.writeStringField("source", h.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("next", r.next());
      g.writeBooleanField("timedOut", r.timedOut());
      g.writeEndObject();
    });
  }

  /** Counts as {@code [{"<key>": value, "articles": n}]}: people and sources by name, timelines by period. */
  static String counts(List<FacetCount> counts, String key) {
    return of(g -> {
      g.writeStartArray();
      for (FacetCount f : counts) {
        g.writeStartObject();
        g.writeStringField(key, f.value());
        g.writeNumberField("articles", f.articles());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /**
   * An error as the web API answers it: {@code {"status", "error"}}, and for a bad query its {@code position}
   * (0-based, in {@code query}) and the {@code reason} without the position.
   */
  static String error(int status, String message, QuerySyntaxException badQuery) {
    return of(g -> {
      g.writeStartObject();
      g.writeNumberField("status", status);
      g.writeStringField("error", message);
      if (badQuery != null) {
        g.writeNumberField("position", badQuery.position());
        g.writeStringField("reason", badQuery.reason());
        g.writeStringField("query", badQuery.query());
      }
      g.writeEndObject();
    });
  }

  private static void score(JsonGenerator g, float score) throws IOException {
    if (Float.isNaN(score)) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", score);
    }
  }

  /** A highlight's spans (offsets into its text) and whether its passage was cut before or after the text. */
  private static void passage(JsonGenerator g, Highlight hl) throws IOException {
    g.writeArrayFieldStart("spans");
    for (Span s : hl.spans()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("truncatedBefore", hl.truncatedBefore());
    g.writeBooleanField("truncatedAfter", hl.truncatedAfter());
  }
}
