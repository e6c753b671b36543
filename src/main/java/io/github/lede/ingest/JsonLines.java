package io.github.lede.ingest;

import io.github.lede.InputException;

/**
 * Reads a JSON-lines file line by line, decoding each line on its own so that a bad line (invalid UTF-8,
 * malformed JSON, no text) fails alone, with its line number, and the good lines around it are kept.
 */
final class JsonLines {
  private JsonLines() {}

  static void read(byte[] bytes, String file, ArticleReader.Sink sink) {
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        throw new InputException(file, 0, "binary file (it contains NUL bytes); not JSON lines");
      }
    }
    int lineNumber = 0;
    int start = 0;
    boolean any = false;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      byte[] lineBytes = java.util.Arrays.copyOfRange(bytes, start, end);
      start = end + 1;
      try {
        String line = decodeLine(lineBytes, file, lineNumber);
        if (!line.isBlank()) {
          any = true;
          JsonArticles.parseLine(line, file, lineNumber, sink::article);
        }
      } catch (InputException e) {
        any = true;
        sink.failed(e);
      }
    }
    if (!any) {
      throw new InputException(file, 0, "empty file (no JSON lines)");
    }
  }

  private static String decodeLine(byte[] line, String file, int lineNumber) {
    try {
      return TextDecoder.decode(line, file);
    } catch (InputException e) {
      if (e.reason().startsWith("empty file")) {
        return "";
      }
      // The decoder counted lines within this line only; report the file's line instead.
      throw new InputException(file, lineNumber, e.reason());
    }
  }
}
