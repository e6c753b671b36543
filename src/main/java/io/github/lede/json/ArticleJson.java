package io.github.lede.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import io.github.lede.model.SpeakerKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Article} as the JSON object {@code lede extract} prints, and reads it back. With
 * {@code withText} false the headline, dek, body and captions are left out: the index stores those in their own
 * fields and keeps only the structured rest as JSON.
 */
public final class ArticleJson {
  private ArticleJson() {}

  public static void write(JsonGenerator g, Article a, boolean withText) throws IOException {
    g.writeStartObject();
    if (withText) {
      g.writeStringField("id", a.id());
      g.writeStringField("source", a.source());
      g.writeStringField("url", a.url());
      g.writeStringField("headline", a.headline());
    }
    g.writeBooleanField("headlineDerived", a.headlineDerived());
    if (withText) {
      g.writeStringField("dek", a.dek());
      g.writeStringField("published", a.published() == null ? null : a.published().toString());
    }
    writeStrings(g, "authors", a.authors());
    g.writeStringField("dateline", a.dateline());
    if (withText) {
      g.writeStringField("body", a.body());
      writeStrings(g, "captions", a.captions());
    }
    writeStrings(g, "credits", a.credits());
    // Dates before people and quotes: a search hit reads only them and stops there.
    g.writeArrayFieldStart("dates");
    for (DateMention d : a.dates()) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value());
      writePlace(g, d.field(), d.index(), d.start(), d.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("people");
    for (Person p : a.people()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("role", p.role());
      g.writeArrayFieldStart("mentions");
      for (Mention m : p.mentions()) {
        g.writeStartObject();
        writePlace(g, m.field(), m.index(), m.start(), m.end());
        g.writeStringField("text", m.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      writeQuote(g, q.text(), q.speaker(), q.speakerKind(), q.speakerAsWritten());
      writePlace(g, q.field(), q.index(), q.start(), q.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A quote's words and speaker as fields of the object being written; article quotes, matched quotes and
   * quote hits all write them so.
   */
  public static void writeQuote(JsonGenerator g, String text, String speaker, SpeakerKind kind, String asWritten)
      throws IOException {
    g.writeStringField("text", text);
    g.writeStringField("speaker", speaker);
    g.writeStringField("speakerKind", kind.jsonName());
    g.writeStringField("speakerAsWritten", asWritten);
  }

  private static void writePlace(JsonGenerator g, ArticleField field, int index, int start, int end)
      throws IOException {
    g.writeStringField("field", field.jsonName());
    g.writeNumberField("index", index);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * Reads the object {@link #write} wrote. Text fields missing from it (as in the index's stored JSON) come
   * from {@code base}, an article holding id, headline, dek, body, captions, source, url and published.
   */
  public static Article read(Map<?, ?> m, Article base) {
    Article.Builder b = base.toBuilder();
    if (m.get("headlineDerived") instanceof Boolean d) {
      b.headlineDerived(d);
    }
    if (m.get("published") instanceof String s) {
      b.published(LocalDate.parse(s));
    }
    if (m.get("dek") instanceof String s) {
      b.dek(s);
    }
    b.authors(strings(m.get("authors")));
    b.dateline(m.get("dateline") instanceof String s ? s : null);
    b.credits(strings(m.get("credits")));
    List<Person> people = new ArrayList<>();
    for (Object o : list(m.get("people"))) {
      Map<?, ?> p = (Map<?, ?>) o;
      List<Mention> mentions = new ArrayList<>();
      for (Object mo : list(p.get("mentions"))) {
        Map<?, ?> mm = (Map<?, ?>) mo;
        mentions.add(new Mention(field(mm), num(mm, "index"), num(mm, "start"), num(mm, "end"),
            (String) mm.get("text")));
      }
      people.add(new Person((String) p.get("name"), (String) p.get("role"), mentions));
    }
    b.people(people);
    List<Quote> quotes = new ArrayList<>();
    for (Object o : list(m.get("quotes"))) {
      Map<?, ?> q = (Map<?, ?>) o;
      quotes.add(new Quote((String) q.get("text"), (String) q.get("speaker"),
          SpeakerKind.valueOf(((String) q.get("speakerKind")).toUpperCase(java.util.Locale.ROOT)),
          (String) q.get("speakerAsWritten"), field(q), num(q, "index"), num(q, "start"), num(q, "end")));
    }
    b.quotes(quotes);
    List<DateMention> dates = new ArrayList<>();
    for (Object o : list(m.get("dates"))) {
      Map<?, ?> d = (Map<?, ?>) o;
      dates.add(new DateMention((String) d.get("text"), (String) d.get("value"), field(d), num(d, "index"),
          num(d, "start"), num(d, "end")));
    }
    b.dates(dates);
    return b.build();
  }

  private static ArticleField field(Map<?, ?> m) {
    return ArticleField.fromJsonName((String) m.get("field"));
  }

  private static int num(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).intValue();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object e : list(o)) {
      out.add((String) e);
    }
    return out;
  }
}
