package io.github.lede.ingest;

import io.github.lede.model.RawArticle;
import io.github.lede.text.AuthorNames;
import io.github.lede.text.PublicationDates;
import java.util.Locale;

/**
 * Reads a plain-text article: an optional header block of {@code Key: value} lines (Headline or Title,
 * Published or Date, By or Author, Source, URL, Id, Dateline) ended by a blank line, then the text. Without a
 * header block the whole file is the text; finding the headline in it is extraction's job. A date in the
 * header that is not one is left out with a notice, as for JSON.
 */
final class PlainTextParser {
  /** Header keys are short words; a longer "key" is the start of a sentence with a colon in it. */
  private static final int MAX_KEY_LENGTH = 24;

  private PlainTextParser() {}

  static RawArticle parse(String text, String origin, ArticleReader.Sink sink) {
    RawArticle.Builder header = RawArticle.builder("").origin(origin);
    int end = headerEnd(text);
    if (end < 0 || !readHeader(text.substring(0, end), header, origin, sink)) {
      return RawArticle.builder(text).origin(origin).build();
    }
    RawArticle h = header.build();
    String body = text.substring(end);
    return new RawArticle(origin, h.id(), h.url(), h.source(), h.headline(), h.dek(), h.published(), h.authors(),
        body, java.util.List.of(), h.dateline());
  }

  /** The offset just past the blank line that ends the first block, or -1 when there is none. */
  private static int headerEnd(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\n') {
      start++;
    }
    int blank = text.indexOf("\n\n", start);
    return blank < 0 ? -1 : blank + 2;
  }

  /** Fills the builder from the block; false when the block is not a header (a line is not a known key). */
  private static boolean readHeader(String block, RawArticle.Builder header, String origin,
      ArticleReader.Sink sink) {
    boolean known = false;
    String updated = null;
    String published = null;
    int publishedLine = 0;
    String publishedKey = null;
    int lineNumber = 0;
    // Leading blank lines count: the notice names the line as the file numbers it.
    while (lineNumber < block.length() && block.charAt(lineNumber) == '\n') {
      lineNumber++;
    }
    for (String line : block.strip().split("\n")) {
      lineNumber++;
      int colon = line.indexOf(':');
      if (colon <= 0 || colon > MAX_KEY_LENGTH || !isKey(line, colon)) {
        return false;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "headline", "title" -> header.headline(value);
        case "published", "date", "pubdate", "publication date", "date published", "published at" -> {
          published = value;
          publishedLine = lineNumber;
          publishedKey = line.substring(0, colon).strip();
        }
        case "updated", "last updated", "modified" -> updated = value;
        case "dateline" -> header.dateline(value);
        case "by", "author", "authors", "byline" -> AuthorNames.split(value).forEach(header::author);
        case "source", "publisher", "site" -> header.source(value);
        case "url", "link", "canonical" -> header.url(value);
        case "id" -> header.id(value);
        default -> {
          continue;
        }
      }
      known = true;
    }
    if (published != null && !PublicationDates.holdsDate(published)) {
      sink.notice(origin, publishedLine, "header \"" + publishedKey + ": " + published + "\" holds no date lede"
          + " can read; left out");
      published = null;
    }
    header.published(published != null ? published : updated);
    return known;
  }

  private static boolean isKey(String line, int colon) {
    for (int i = 0; i < colon; i++) {
      char c = line.charAt(i);
      if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '_')) {
        return false;
      }
    }
    return Character.isLetter(line.charAt(0));
  }
}
