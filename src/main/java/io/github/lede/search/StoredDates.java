package io.github.lede.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.lede.LedeException;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the date mentions out of an article's stored JSON for a search hit. It streams past the people and
 * quotes instead of building the whole article, since a page of hits needs only the dates.
 */
final class StoredDates {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private StoredDates() {}

  /** The dates in the stored JSON, or none when there is no JSON or it has no dates. */
  static List<DateMention> read(String extras) {
    if (extras == null) {
      return List.of();
    }
    try (JsonParser p = JSON.createParser(extras)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return List.of();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("dates") && value == JsonToken.START_ARRAY) {
          return dates(p);
        }
        p.skipChildren();
      }
      return List.of();
    } catch (IOException | RuntimeException e) {
      throw new LedeException("stored dates are damaged: " + e.getMessage(), e);
    }
  }

  private static List<DateMention> dates(JsonParser p) throws IOException {
    List<DateMention> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String text = null;
      String value = null;
      ArticleField field = ArticleField.BODY;
      int index = 0;
      int start = 0;
      int end = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "text" -> text = p.getValueAsString();
          case "value" -> value = p.getValueAsString();
          case "field" -> field = ArticleField.fromJsonName(p.getValueAsString());
          case "index" -> index = p.getIntValue();
          case "start" -> start = p.getIntValue();
          case "end" -> end = p.getIntValue();
          default -> p.skipChildren();
        }
      }
      out.add(new DateMention(text, value, field, index, start, end));
    }
    return out;
  }
}
