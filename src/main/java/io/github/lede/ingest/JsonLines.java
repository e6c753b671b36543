package io.github.lede.ingest;

import io.github.lede.InputException;
import java.util.function.LongConsumer;

/**
 * Reads a JSON-lines file line by line, decoding each line on its own so that a bad line (invalid UTF-8,
 * malformed JSON, no text) fails alone, with its line number, and the good lines around it are kept. A file
 * in UTF-16 or UTF-32 (by its byte-order mark) is decoded whole first, as its line ends are not single bytes.
 */
final class JsonLines {
  private JsonLines() {}

  /**
   * @param progress hears how many of the file's bytes have been handed on, as the lines go
   */
  static void read(byte[] bytes, String file, ArticleReader.Sink sink, LongConsumer progress) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    boolean any = bom != null && bom.wide() ? readDecoded(bytes, file, sink, progress) : readBytes(bytes, file, sink,
        progress);
    if (!any) {
      throw new InputException(file, 0, "empty file (no JSON lines)");
    }
  }

  private static boolean readBytes(byte[] bytes, String file, ArticleReader.Sink sink, LongConsumer progress) {
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
        String line = decodeLine(lineBytes, file, lineNumber, sink);
        if (!line.isBlank()) {
          any = true;
          JsonArticles.parseLine(line, file, lineNumber, sink);
        }
      } catch (InputException e) {
        any = true;
        sink.failed(e);
      }
      progress.accept(Math.min(start, bytes.length));
    }
    return any;
  }

  private static boolean readDecoded(byte[] bytes, String file, ArticleReader.Sink sink, LongConsumer progress) {
    String text = TextDecoder.decode(bytes, file).text();
    int lineNumber = 0;
    boolean any = false;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      lineNumber++;
      String line = text.substring(start, end);
      start = end + 1;
      if (!line.isBlank()) {
        any = true;
        try {
          JsonArticles.parseLine(line, file, lineNumber, sink);
        } catch (InputException e) {
          sink.failed(e);
        }
      }
      // Characters, not bytes, here: the share of the text read, in bytes.
      progress.accept((long) ((double) Math.min(start, text.length()) / text.length() * bytes.length));
    }
    return any;
  }

  private static String decodeLine(byte[] line, String file, int lineNumber, ArticleReader.Sink sink) {
    TextDecoder.Decoded d;
    try {
      d = TextDecoder.decode(line, file);
    } catch (InputException e) {
      if (e.reason().startsWith("empty file")) {
        return "";
      }
      // The decoder counted lines within this line only; report the file's line instead.
      throw new InputException(file, lineNumber, e.reason());
    }
    String notice = d.notice();
    if (notice != null) {
      sink.notice(file, lineNumber, notice);
    }
    return d.text();
  }
}
