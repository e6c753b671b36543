package io.github.lede.ingest;

import io.github.lede.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: strict UTF-8 (a wrong byte is an error with its line, not a silent
 * replacement character), binary files refused, the byte-order mark dropped and line ends made {@code \n}.
 */
final class TextDecoder {
  /** As git does: a NUL byte early in a file means it is not text. */
  private static final int BINARY_SNIFF_BYTES = 8000;

  private TextDecoder() {}

  static String decode(byte[] bytes, String name) {
    return normaliseLineEnds(decodeExact(bytes, name));
  }

  /** Decodes without touching the text: no BOM removal, no line-end changes. */
  static String decodeExact(byte[] bytes, String name) {
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        throw new InputException(name, 0, "binary file (it contains NUL bytes); not an article");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new InputException(name, lineOf(bytes, at),
          String.format("invalid UTF-8 (byte 0x%02X at offset %d); convert the file to UTF-8", bytes[at] & 0xff, at));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      throw new InputException(name, 0, "empty file (only white space)");
    }
    return text;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Drops a leading byte-order mark and turns CRLF and lone CR into LF, in one pass. */
  static String normaliseLineEnds(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    int start = s.length() > 0 && s.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
