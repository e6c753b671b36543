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
import io.github.lede.text.PublicationDates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps JSON article objects to {@link RawArticle}: lede's own field names ({@code id, url, source, headline,
 * dek, published, authors, body}) and those crawlers such as news-please write ({@code title, description,
 * maintext, date_publish, authors, url, source_domain}), a {@code dateline}, and a page's {@code html} in place
 * of its text.
 */
final class JsonArticles {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  static final List<String> SOURCE_KEYS = List.of("source", "source_domain", "site_name", "publisher");
  static final List<String> HEADLINE_KEYS = List.of("headline", "title");
  /** lede's dek, and the description feeds and news-please carry. */
  static final List<String> DEK_KEYS = List.of("dek", "standfirst", "description");
  static final List<String> PUBLISHED_KEYS =
      List.of("published", "date_publish", "date_published", "datePublished", "pubDate", "date");
  static final List<String> BODY_KEYS = List.of("body", "maintext", "text", "content", "articleBody");
  static final List<String> URL_KEYS = List.of("url");
  static final List<String> DATELINE_KEYS = List.of("dateline");

  private JsonArticles() {}

  /** Parses one line of a JSON-lines file; a blank line yields nothing. */
  static void parseLine(String line, String file, int lineNumber, ArticleReader.Sink sink) {
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
      sink.article(toArticle(value, file, lineNumber, origin, sink));
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
  static void parseFile(String text, String file, ArticleReader.Sink sink) {
    try (JsonParser p = FACTORY.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_ARRAY) {
          for (t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            line = p.currentTokenLocation().getLineNr();
            emit(JsonTree.read(p), file, line, sink);
          }
        } else {
          emit(JsonTree.read(p), file, line, sink);
        }
      }
    } catch (JsonParseException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      sink.failed(new InputException(file, line, "malformed JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      sink.failed(new InputException(file, 0, "malformed JSON: " + e.getMessage()));
    }
  }

  private static void emit(Object value, String file, int line, ArticleReader.Sink sink) {
    RawArticle article;
    try {
      article = toArticle(value, file, line, file + ":" + line, sink);
    } catch (InputException e) {
      sink.failed(e);
      return;
    }
    sink.article(article);
  }

  private static RawArticle toArticle(Object value, String file, int line, String origin, ArticleReader.Sink sink) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new InputException(file, line, "expected a JSON object for an article, found " + kind(value));
    }
    JsonFields fields = new JsonFields(map, file, line, sink);
    String body = fields.body();
    if ((body == null || body.isBlank()) && map.get("html") instanceof String html && !html.isBlank()) {
      return fromHtml(fields, html, origin);
    }
    if (body == null || body.isBlank()) {
      throw new InputException(file, line, "article has no text: none of " + BODY_KEYS + " holds any");
    }
    return RawArticle.builder(TextDecoder.normaliseLineEnds(body))
        .origin(origin)
        .id(fields.id())
        .url(fields.text(URL_KEYS))
        .source(fields.text(SOURCE_KEYS))
        .headline(fields.text(HEADLINE_KEYS))
        .dek(fields.text(DEK_KEYS))
        .published(fields.published())
        .dateline(fields.text(DATELINE_KEYS))
        .authors(fields.authors())
        .build();
  }

  /** A line carrying the page's HTML instead of its text: the page's metadata fills what the line lacks. */
  private static RawArticle fromHtml(JsonFields fields, String html, String origin) {
    RawArticle page;
    try {
      page = HtmlArticles.fromHtml(html, origin);
    } catch (InputException e) {
      throw new InputException(fields.file, fields.line, e.reason());
    }
    List<String> authors = fields.authors();
    return RawArticle.builder(page.text())
        .origin(origin)
        .id(fields.id())
        .url(or(fields.text(URL_KEYS), page.url()))
        .source(or(fields.text(SOURCE_KEYS), page.source()))
        .headline(or(fields.text(HEADLINE_KEYS), page.headline()))
        .dek(or(fields.text(DEK_KEYS), page.dek()))
        .published(or(fields.published(), page.published()))
        .dateline(fields.text(DATELINE_KEYS))
        .authors(authors.isEmpty() ? page.authors() : authors)
        .captions(page.captions())
        .build();
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  static String kind(Object v) {
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
