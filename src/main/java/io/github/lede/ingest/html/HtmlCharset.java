package io.github.lede.ingest.html;

import io.github.lede.ingest.ByteOrderMark;
import io.github.lede.ingest.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes an HTML page's bytes: the charset comes from a byte-order mark, else from a {@code <meta charset>}
 * or {@code <meta http-equiv="Content-Type" content="...; charset=...">} near the top, else UTF-8. Undeclared
 * bytes that are not valid UTF-8 are read as windows-1252, as browsers do; so are pages that declare Latin-1
 * or ASCII, which in practice means windows-1252. A page whose UTF-8 has a stray byte keeps its UTF-8 and reads
 * only that byte as windows-1252.
 *
 * <p>{@link #reader} decodes as the parser reads: building the whole page as a String first cost about a
 * seventh of the parse again, and the parser then copied it into its own buffer.
 */
final class HtmlCharset {
  /** How far into the page a charset declaration is looked for; browsers look at the first 1,024 bytes. */
  private static final int PRESCAN_BYTES = 32 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlCharset() {}

  static String decode(byte[] bytes) {
    return decode(bytes, notice -> {});
  }

  /** As {@link #decode(byte[])}, telling the notices consumer when bytes that are not UTF-8 were read. */
  static String decode(byte[] bytes, java.util.function.Consumer<String> notices) {
    // The same byte-order marks as plain text (ingest's ByteOrderMark), UTF-32 included.
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
    }
    Charset declared = declared(bytes);
    if (declared != null) {
      return new String(bytes, declared);
    }
    // The JDK's own UTF-8 decoding is fastest; only a replacement character in its result (a bad byte, or
    // one the page really holds) calls for the fallback, which reads each byte that is not UTF-8 as
    // windows-1252 and keeps the page's valid UTF-8 as it is, as plain text is read.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    notices.accept(FALLBACK_NOTICE);
    return fallback(bytes);
  }

  /**
   * The page's characters for the parser, decoded as {@link #decode} does while the parser reads them. Bytes
   * with no declared charset are read strictly as UTF-8: the reader then fails with a {@link
   * CharacterCodingException} at the first byte that is not, and the page is read again from {@link
   * #fallback}.
   */
  static Reader reader(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return reader(bytes, bom.length(), bom.charset());
    }
    Charset declared = declared(bytes);
    if (declared != null) {
      return reader(bytes, 0, declared);
    }
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Undeclared bytes that are not all UTF-8: its valid UTF-8 kept, each other byte read as windows-1252. */
  static String fallback(byte[] bytes) {
    return TextDecoder.lenient(bytes);
  }

  /** The notice for a page read by {@link #fallback}. */
  static final String FALLBACK_NOTICE =
      "not valid UTF-8 and no charset declared: bytes that are not UTF-8 read as windows-1252";

  private static Reader reader(byte[] bytes, int from, Charset charset) {
    return new InputStreamReader(new ByteArrayInputStream(bytes, from, bytes.length - from), charset);
  }

  /** The charset a {@code <meta>} tag in the first bytes names, or null (none, or one Java lacks). */
  static Charset declared(byte[] bytes) {
    int end = Math.min(bytes.length, PRESCAN_BYTES);
    for (int i = indexOfMeta(bytes, 0, end); i >= 0; i = indexOfMeta(bytes, i + 5, end)) {
      int close = i;
      while (close < end && bytes[close] != '>') {
        close++;
      }
      String name = charsetIn(bytes, i + 5, close);
      if (name != null) {
        Charset c = forName(name);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static int indexOfMeta(byte[] b, int from, int end) {
    for (int i = from; i + 5 <= end; i++) {
      if (b[i] == '<' && lower(b[i + 1]) == 'm' && lower(b[i + 2]) == 'e' && lower(b[i + 3]) == 't'
          && lower(b[i + 4]) == 'a') {
        return i;
      }
    }
    return -1;
  }

  /** The value after {@code charset=} within a tag's bytes, or null. */
  private static String charsetIn(byte[] b, int from, int end) {
    for (int i = from; i + 7 <= end; i++) {
      if (!regionIs(b, i, "charset")) {
        continue;
      }
      int j = i + 7;
      while (j < end && b[j] == ' ') {
        j++;
      }
      if (j >= end || b[j] != '=') {
        continue;
      }
      j++;
      while (j < end && (b[j] == ' ' || b[j] == '"' || b[j] == '\'')) {
        j++;
      }
      int start = j;
      while (j < end && isNameByte(b[j])) {
        j++;
      }
      if (j > start) {
        return new String(b, start, j - start, StandardCharsets.US_ASCII);
      }
    }
    return null;
  }

  private static Charset forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    switch (n) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252" -> {
        return WINDOWS_1252;
      }
      // A page that could be read far enough to find this tag is not UTF-16: the tag was ASCII.
      case "utf-16", "utf-16le", "utf-16be" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          return Charset.forName(n);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
  }

  private static boolean regionIs(byte[] b, int at, String lowerAscii) {
    for (int k = 0; k < lowerAscii.length(); k++) {
      if (lower(b[at + k]) != lowerAscii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameByte(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
        || c == '.' || c == ':';
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
}
