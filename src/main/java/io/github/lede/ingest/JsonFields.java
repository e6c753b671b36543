package io.github.lede.ingest;

import io.github.lede.InputException;
import io.github.lede.text.AuthorNames;
import io.github.lede.text.PublicationDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of one article object, read by the type each should have. A field of the wrong type (a number
 * for a headline, an array for a URL, a date that is not one) is left out with a notice naming the file,
 * line and field, and the article is read without it; only text the article cannot do without fails it.
 */
final class JsonFields {
  private final Map<?, ?> map;
  final String file;
  final int line;
  private final ArticleReader.Sink sink;

  JsonFields(Map<?, ?> map, String file, int line, ArticleReader.Sink sink) {
    this.map = map;
    this.file = file;
    this.line = line;
    this.sink = sink;
  }

  /** The text: a string, or paragraphs as an array of strings joined by blank lines. */
  String body() {
    for (String key : JsonArticles.BODY_KEYS) {
      Object v = map.get(key);
      if (v instanceof String s && !s.isBlank()) {
        return s.strip();
      }
      if (v instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(e -> e instanceof String)) {
        return String.join("\n\n", list.stream().map(Object::toString).toList());
      }
      if (v != null && !(v instanceof String) && !(v instanceof List<?> l && l.isEmpty())) {
        throw new InputException(file, line, "field \"" + key + "\" should be text (a string, or an array of"
            + " paragraphs), found " + JsonArticles.kind(v));
      }
    }
    return null;
  }

  /** The source's id: a string, or a number (feeds number their items). */
  String id() {
    Object v = map.get("id");
    if (v instanceof Number n) {
      return n.toString();
    }
    return text(List.of("id"));
  }

  /** The first of the keys holding a non-blank string; a value of another type is noted and passed over. */
  String text(List<String> keys) {
    for (String key : keys) {
      Object v = map.get(key);
      if (v == null) {
        continue;
      }
      if (v instanceof String s) {
        if (!s.isBlank()) {
          return s.strip();
        }
      } else {
        leftOut(key, "should be a string, found " + JsonArticles.kind(v) + " (" + shown(v) + ")");
      }
    }
    return null;
  }

  /** The publication date as written, if it holds a date lede can read; else noted and left out. */
  String published() {
    for (String key : JsonArticles.PUBLISHED_KEYS) {
      String s = text(List.of(key));
      if (s == null) {
        continue;
      }
      if (PublicationDates.holdsDate(s)) {
        return s;
      }
      leftOut(key, "\"" + clip(s) + "\" is not a date lede can read");
    }
    return null;
  }

  List<String> authors() {
    String key = map.containsKey("authors") ? "authors" : "author";
    Object v = map.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof String s) {
      out.addAll(AuthorNames.split(s));
    } else if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s && !s.isBlank()) {
          out.add(s.strip());
        } else if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
          out.add(s.strip());
        } else if (o != null) {
          leftOut(key, "holds " + JsonArticles.kind(o) + " (" + shown(o) + ") where a name belongs");
        }
      }
    } else if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      out.add(s.strip());
    } else if (v != null) {
      leftOut(key, "should be a string or a list of names, found " + JsonArticles.kind(v) + " (" + shown(v) + ")");
    }
    return out;
  }

  private void leftOut(String key, String why) {
    sink.notice(file, line, "field \"" + key + "\" " + why + "; left out");
  }

  /** A value as it reads in JSON, cut short: enough to recognise it in the file. */
  private static String shown(Object v) {
    if (v instanceof String s) {
      return "\"" + clip(s) + "\"";
    }
    if (v instanceof Map<?, ?>) {
      return "{...}";
    }
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "[]" : "[...]";
    }
    return clip(String.valueOf(v));
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
