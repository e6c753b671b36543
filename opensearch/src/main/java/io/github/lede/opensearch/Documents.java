package io.github.lede.opensearch;

import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.schema.ArticleValues;
import io.github.lede.schema.DayBuckets;
import io.github.lede.schema.FieldKind;
import io.github.lede.schema.IndexField;
import io.github.lede.schema.IndexLayout;
import io.github.lede.schema.Level;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article as an OpenSearch document ({@link ArticleValues} rendered as JSON, its quotes nested), and
 * back. Days are written as ISO dates, date mentions as intervals of epoch milliseconds (the first
 * millisecond of the first and the last day, so that intersecting them is intersecting days).
 */
final class Documents {
  private static final long DAY_MILLIS = 86_400_000L;

  /** The fields a hit reads back to rebuild its article. */
  static final List<String> SOURCE_FIELDS =
      List.of("id", "headline", "dek", "body", "caption", "source", "url", "published", "_extras");

  private Documents() {}

  static JsonObject of(Article a) {
    ArticleValues v = ArticleValues.of(a);
    JsonObjectBuilder doc = fields(v.article());
    countedByUnit(v.article(), doc);
    JsonArrayBuilder quotes = Http.JSON.createArrayBuilder();
    for (Map<String, List<Object>> q : v.quotes()) {
      quotes.add(fields(q));
    }
    return doc.add(IndexMapping.QUOTES, quotes).build();
  }

  /** The facet fields of day intervals again, per unit, with only the intervals that count at it. */
  private static void countedByUnit(Map<String, List<Object>> values, JsonObjectBuilder doc) {
    for (IndexField f : IndexLayout.at(Level.ARTICLE)) {
      List<Object> intervals = values.get(f.name());
      if (f.kind() != FieldKind.DAY_RANGES || !f.facet() || intervals == null) {
        continue;
      }
      for (DateUnit unit : DateUnit.values()) {
        JsonArrayBuilder counted = Http.JSON.createArrayBuilder();
        boolean any = false;
        for (Object o : intervals) {
          ArticleValues.DayInterval d = (ArticleValues.DayInterval) o;
          if (DayBuckets.counted(d.first(), d.last(), unit)) {
            counted.add(value(d));
            any = true;
          }
        }
        if (any) {
          doc.add(IndexMapping.countedAt(f.name(), unit), counted);
        }
      }
    }
  }

  private static JsonObjectBuilder fields(Map<String, List<Object>> values) {
    JsonObjectBuilder b = Http.JSON.createObjectBuilder();
    values.forEach((name, list) -> {
      if (list.size() == 1 && !multiValued(name)) {
        b.add(name, value(list.get(0)));
      } else {
        JsonArrayBuilder arr = Http.JSON.createArrayBuilder();
        list.forEach(x -> arr.add(value(x)));
        b.add(name, arr);
      }
    });
    return b;
  }

  /** Fields that may hold several values are always arrays, so reading them back needs one shape. */
  private static boolean multiValued(String name) {
    return name.equals("caption") || name.equals("author") || name.equals("person") || name.equals("person_name")
        || name.equals("mentions") || name.equals("_near");
  }

  private static JsonValue value(Object x) {
    return switch (x) {
      case String s -> Http.JSON.createValue(s);
      case LocalDate d -> Http.JSON.createValue(d.toString());
      case ArticleValues.DayInterval d -> Http.JSON.createObjectBuilder()
          .add("gte", d.first() * DAY_MILLIS).add("lte", d.last() * DAY_MILLIS).build();
      case ArticleValues.JsonText j -> {
        try (var r = Http.JSON.createReader(new StringReader(j.json()))) {
          yield r.readObject();
        }
      }
      default -> throw new IllegalArgumentException("no JSON form for " + x.getClass());
    };
  }

  /** The article a document's source holds. */
  static Article article(JsonObject source) {
    List<String> captions = new ArrayList<>();
    JsonValue c = source.get("caption");
    if (c instanceof JsonArray arr) {
      arr.forEach(x -> captions.add(((JsonString) x).getString()));
    }
    String published = string(source, "published");
    JsonValue extras = source.get("_extras");
    return ArticleValues.read(string(source, "id"), string(source, "headline"), string(source, "dek"),
        string(source, "body"), captions, string(source, "source"), string(source, "url"),
        published == null ? null : LocalDate.parse(published), extras instanceof JsonObject o ? o.toString() : null);
  }

  private static String string(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }
}
