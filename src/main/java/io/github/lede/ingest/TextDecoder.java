package io.github.lede.ingest;

import io.github.lede.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, by one rule for every format (HTML adds its declared charsets on top):
 *
 * <ul>
 *   <li>a byte-order mark names the encoding (UTF-8, UTF-16 or UTF-32, either byte order), and the text
 *       must be valid in it;
 *   <li>without one, the text is UTF-8; a byte that is not part of valid UTF-8 is read as windows-1252 (a
 *       Latin-1 {@code £} in a UTF-8 article, or a whole file in a legacy encoding), with a notice, when that
 *       reads cleanly: windows-1252 defines the byte, and the text holds no control characters;
 *   <li>anything else is refused with the offset and line of the first bad byte, never silently replaced;
 *   <li>a file with a NUL byte early on (and no UTF-16 or UTF-32 mark) is binary, not an article.
 * </ul>
 *
 * <p>UTF-8 is tried first over the whole text by the JDK's decoder; the fallback works byte by byte only from
 * a bad byte to the next good sequence, so valid UTF-8 pays nothing for it.
 */
public final class TextDecoder {
  /** As git does: a NUL byte early in a file means it is not text. */
  private static final int BINARY_SNIFF_BYTES = 8000;

  /**
   * Text decoded, and what was read as windows-1252: how many bytes, and the first one and where it was
   * (-1 when the text was clean in its own encoding).
   */
  record Decoded(String text, int fallbackBytes, int firstFallbackOffset, int firstFallbackByte, int firstLine) {
    /** A notice saying what was read as windows-1252, or null when nothing was. */
    String notice() {
      if (fallbackBytes == 0) {
        return null;
      }
      // Where: the notice's line is the first byte's line (firstLine).
      return String.format("not valid UTF-8: %d byte%s read as windows-1252 (the first: 0x%02X as '%s')",
          fallbackBytes, fallbackBytes == 1 ? "" : "s", firstFallbackByte, Windows1252.charOf(firstFallbackByte));
    }
  }

  private TextDecoder() {}

  /** Decodes, then drops the byte-order mark and makes line ends {@code \n}. */
  static Decoded decode(byte[] bytes, String name) {
    Decoded d = decodeExact(bytes, name);
    return new Decoded(normaliseLineEnds(d.text()), d.fallbackBytes(), d.firstFallbackOffset(),
        d.firstFallbackByte(), d.firstLine());
  }

  /** Decodes without touching the text: the mark stays (as U+FEFF), line ends stay. */
  static Decoded decodeExact(byte[] bytes, String name) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom == null || bom == ByteOrderMark.UTF_8) {
      refuseBinary(bytes, name);
    }
    Decoded d = bom == null || bom == ByteOrderMark.UTF_8
        ? utf8OrWindows1252(bytes, name, true) : strict(bytes, bom, name);
    if (isBlank(d.text())) {
      throw new InputException(name, 0, "empty file (only white space)");
    }
    return d;
  }

  private static void refuseBinary(byte[] bytes, String name) {
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        throw new InputException(name, 0, "binary file (it contains NUL bytes); not an article");
      }
    }
  }

  /** Text whose byte-order mark names a UTF-16 or UTF-32 encoding: valid in it, or refused. */
  private static Decoded strict(byte[] bytes, ByteOrderMark bom, String name) {
    CharsetDecoder decoder = bom.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputException(name, 0, String.format("invalid %s at offset %d, though the file starts with its"
          + " byte-order mark; convert the file to UTF-8", bom.label(), in.position()));
    }
    out.flip();
    return new Decoded(out.toString(), 0, -1, 0, 0);
  }

  /**
   * UTF-8, with each byte outside valid UTF-8 read as windows-1252, never failing: a byte windows-1252 leaves
   * undefined becomes U+FFFD. For HTML pages that declare no charset, which browsers read this way.
   */
  public static String lenient(byte[] bytes) {
    return utf8OrWindows1252(bytes, "<page>", false).text();
  }

  /**
   * UTF-8, with each byte outside valid UTF-8 read as windows-1252; strict, when that is not clean (an
   * undefined byte, control characters) the text is refused.
   */
  private static Decoded utf8OrWindows1252(byte[] bytes, String name, boolean strict) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    int fallback = 0;
    int firstOffset = -1;
    int firstByte = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      // Each byte of a malformed sequence on its own: a Latin-1 "é" before a letter is one such byte.
      for (int k = 0; k < result.length(); k++) {
        int at = in.position();
        int b = bytes[at] & 0xff;
        char c = Windows1252.charOf(b);
        if (c == Windows1252.UNDEFINED && !strict) {
          c = '\uFFFD';
        } else if (c == Windows1252.UNDEFINED) {
          throw new InputException(name, lineOf(bytes, at), String.format("invalid UTF-8 (byte 0x%02X at offset"
              + " %d), and not windows-1252 either (it leaves 0x%02X undefined); convert the file to UTF-8", b, at, b));
        }
        if (firstOffset < 0) {
          firstOffset = at;
          firstByte = b;
        }
        fallback++;
        out.put(c);
        in.position(at + 1);
      }
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (fallback > 0 && strict) {
      refuseControlCharacters(text, bytes, firstOffset, name);
    }
    return new Decoded(text, fallback, firstOffset, firstByte, fallback > 0 ? lineOf(bytes, firstOffset) : 0);
  }

  /**
   * Text that needed the fallback and holds control characters (other than tab, line and page breaks) is no
   * text in any encoding: a binary file without NUL bytes, most likely.
   */
  private static void refuseControlCharacters(String text, byte[] bytes, int firstFallback, String name) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        throw new InputException(name, lineOf(bytes, firstFallback), String.format("invalid UTF-8 (byte 0x%02X at"
            + " offset %d), and it holds control characters (U+%04X), so it is not windows-1252 text either;"
            + " a binary file?", bytes[firstFallback] & 0xff, firstFallback, (int) c));
      }
    }
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  static int lineOf(byte[] bytes, int offset) {
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
