package io.github.lede.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file lede reads, told apart by extension and, failing that, by content. */
public enum InputFormat {
  /** Plain text: one article, with an optional header block. */
  TEXT,
  /** JSON lines: one article object per line. */
  JSON_LINES,
  /** A JSON file: one article object, several, or an array of them. */
  JSON,
  /** An HTML page. */
  HTML;

  /** What a file name's extension says, or empty when it says nothing (no extension). */
  static Optional<InputFormat> fromExtension(String extension) {
    return switch (extension.toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> Optional.of(TEXT);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "json" -> Optional.of(JSON);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /**
   * Guesses from the first bytes of a file whose name gives no format. Only ASCII matters here, so the bytes
   * are read as Latin-1: an HTML page in another charset is still recognised (a byte-order mark is skipped, and
   * UTF-16 and UTF-32 are read as such).
   */
  static InputFormat sniff(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    int skip = bom == null ? 0 : bom.length();
    int len = Math.min(bytes.length - skip, 1024);
    // A UTF-16 or UTF-32 file is read in its own encoding (a cut character at the end does not matter).
    return sniff(new String(bytes, skip, len,
        bom != null && bom.wide() ? bom.charset() : java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** Guesses from the first characters of a file whose name gives no format. */
  static InputFormat sniff(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return JSON;
      }
      if (c == '<' && looksLikeMarkup(text, i)) {
        return HTML;
      }
    }
    return TEXT;
  }

  private static boolean looksLikeMarkup(String text, int at) {
    String head = text.substring(at, Math.min(text.length(), at + 256)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<!--");
  }
}
