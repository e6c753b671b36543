package io.github.lede.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.lede.InputException;
import io.github.lede.ingest.html.HtmlArticles;
import io.github.lede.json.JsonTree;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Maps JSON article objects to {@link RawArticle}: lede's own field names ({@code id, url, source, headline,
 * dek, published, authors, body}) and those crawlers such as news-please write ({@code title, description,
 * maintext, date_publish, authors, url, source_domain}), and a page's {@code html} in place of its text.
 */
final class JsonArticles {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final List<String> SOURCE_KEYS = List.of("source", "source_domain", "site_name", "publisher");
  private static final List<String> HEADLINE_KEYS = List.of("headline", "title");
  /** lede's dek, and the description feeds and news-please carry. */
  private static final List<String> DEK_KEYS = List.of("dek", "standfirst", "description");
  private static final List<String> PUBLISHED_KEYS =
      List.of("published", "date_publish", "date_published", "datePublished", "pubDate", "date");
  private static final List<String> BODY_KEYS = List.of("body", "maintext", "text", "content", "articleBody");

  private JsonArticles() {}

  /** Parses one line of a JSON-lines file; a blank line yields nothing. */
  static void parseLine(String line, String file, int lineNumber, Consumer<RawArticle> sink) {
    if (line.isBlank()) {
      return;
    }
    String origin = file + ":" + lineNumber;
    try (JsonParser p = FACTORY.createParser(line)) {
      p.nextToken();
      Object value = JsonTree.read(p);
      if (p.nextToken() != null) {
        throw new InputException(file, lineNumber, "malformed JSON: more than one value on the line");
      }
      sink.accept(toArticle(value, file, lineNumber, origin));
    } catch (JsonProcessingException e) {
      throw new InputException(file, lineNumber, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file, lineNumber, "malformed JSON: " + e.getMessage());
    }
  }

  /**
   * Parses a whole JSON file: one object, several in a row, or arrays of them. A syntax error ends the file
   * there (the articles before it are kept); a bad article fails alone.
   */
  static void parseFile(String text, String file, Consumer<RawArticle> sink, Consumer<InputException> failures) {
    try (JsonParser p = FACTORY.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_ARRAY) {
          for (t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            line = p.currentTokenLocation().getLineNr();
            emit(JsonTree.read(p), file, line, sink, failures);
          }
        } else {
          emit(JsonTree.read(p), file, line, sink, failures);
        }
      }
    } catch (JsonParseException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      failures.accept(new InputException(file, line, "malformed JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      failures.accept(new InputException(file, 0, "malformed JSON: " + e.getMessage()));
    }
  }

  private static void emit(
      Object value, String file, int line, Consumer<RawArticle> sink, Consumer<InputException> failures) {
    try {
      sink.accept(toArticle(value, file, line, file + ":" + line));
    } catch (InputException e) {
      failures.accept(e);
    }
  }

  private static RawArticle toArticle(Object value, String file, int line, String origin) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new InputException(file, line, "expected a JSON object for an article, found " + kind(value));
    }
    String body = text(map, BODY_KEYS, file, line);
    if ((body == null || body.isBlank()) && map.get("html") instanceof String html && !html.isBlank()) {
      return fromHtml(map, html, file, line, origin);
    }
    if (body == null || body.isBlank()) {
      throw new InputException(file, line, "article has no text: none of " + BODY_KEYS + " holds any");
    }
    return RawArticle.builder(TextDecoder.normaliseLineEnds(body))
        .origin(origin)
        .id(text(map, List.of("id"), file, line))
        .url(text(map, List.of("url"), file, line))
        .source(text(map, SOURCE_KEYS, file, line))
        .headline(text(map, HEADLINE_KEYS, file, line))
        .dek(text(map, DEK_KEYS, file, line))
        .published(text(map, PUBLISHED_KEYS, file, line))
        .authors(authors(map, file, line))
        .build();
  }

  /** A line carrying the page's HTML instead of its text: the page's metadata fills what the line lacks. */
  private static RawArticle fromHtml(Map<?, ?> map, String html, String file, int line, String origin) {
    RawArticle page;
    try {
      page = HtmlArticles.fromHtml(html, origin);
    } catch (InputException e) {
      throw new InputException(file, line, e.reason());
    }
    List<String> authors = authors(map, file, line);
    return RawArticle.builder(page.text())
        .origin(origin)
        .id(text(map, List.of("id"), file, line))
        .url(or(text(map, List.of("url"), file, line), page.url()))
        .source(or(text(map, SOURCE_KEYS, file, line), page.source()))
        .headline(or(text(map, HEADLINE_KEYS, file, line), page.headline()))
        .dek(or(text(map, DEK_KEYS, file, line), page.dek()))
        .published(or(text(map, PUBLISHED_KEYS, file, line), page.published()))
        .authors(authors.isEmpty() ? page.authors() : authors)
        .captions(page.captions())
        .build();
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  /** The first of the keys with a value, as text; paragraphs given as an array are joined by blank lines. */
  private static String text(Map<?, ?> map, List<String> keys, String file, int line) {
    for (String key : keys) {
      Object v = map.get(key);
      if (v == null) {
        continue;
      }
      if (v instanceof String s) {
        if (!s.isBlank()) {
          return s.strip();
        }
      } else if (v instanceof Number || v instanceof Boolean) {
        return v.toString();
      } else if (v instanceof List<?> list && list.stream().allMatch(e -> e instanceof String)) {
        return String.join("\n\n", list.stream().map(Object::toString).toList());
      } else {
        throw new InputException(file, line, "field \"" + key + "\" should be text, found " + kind(v));
      }
    }
    return null;
  }

  private static List<String> authors(Map<?, ?> map, String file, int line) {
    Object v = map.containsKey("authors") ? map.get("authors") : map.get("author");
    List<String> out = new ArrayList<>();
    if (v instanceof String s) {
      out.addAll(Authors.split(s));
    } else if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s && !s.isBlank()) {
          out.add(s.strip());
        } else if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
          out.add(s.strip());
        }
      }
    } else if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      out.add(s.strip());
    } else if (v != null) {
      throw new InputException(file, line, "field \"authors\" should be text or a list, found " + kind(v));
    }
    return out;
  }

  private static String kind(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    if (v instanceof String) {
      return "a string";
    }
    return v instanceof Boolean ? "a boolean" : "a number";
  }
}
