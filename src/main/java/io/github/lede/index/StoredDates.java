package io.github.lede.index;

import io.github.lede.LedeException;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The date mentions of an article in a compact binary stored field of their own, so that a page of search
 * hits reads them without parsing the article's stored JSON. Every hit of every search decodes this field,
 * so it is laid out for decoding: a count, then per mention its field code, caption index, start and length
 * as variable-length integers, and value and text as length-prefixed UTF-8 (a value length of zero means no
 * value). Numbers cost no string parsing and each mention two string copies.
 */
public final class StoredDates {
  /** Field codes written to disk: fixed here so reordering the enum cannot change what old indexes mean. */
  private static final ArticleField[] FIELDS = {ArticleField.HEADLINE, ArticleField.BODY, ArticleField.CAPTION};

  private StoredDates() {}

  public static BytesRef encode(List<DateMention> dates) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(dates.size() * 24 + 1);
    writeVInt(out, dates.size());
    for (DateMention d : dates) {
      out.write(code(d.field()));
      writeVInt(out, d.index());
      writeVInt(out, d.start());
      writeVInt(out, d.end() - d.start());
      if (d.value() == null) {
        writeVInt(out, 0);
      } else {
        writeString(out, d.value(), 1);
      }
      writeString(out, d.text(), 0);
    }
    return new BytesRef(out.toByteArray());
  }

  public static List<DateMention> decode(BytesRef stored) {
    return decode(stored, Integer.MAX_VALUE);
  }

  /**
   * The first {@code most} mentions only: a search hit shows a bounded list, and an article of megabytes
   * may mention a hundred thousand dates.
   */
  public static List<DateMention> decode(BytesRef stored, int most) {
    if (stored == null || stored.length == 0) {
      return List.of();
    }
    try {
      Reader in = new Reader(stored);
      int n = in.vInt();
      if (n < 0) {
        throw new IllegalStateException("bad count " + n);
      }
      List<DateMention> out = new ArrayList<>(Math.min(n, most));
      for (int i = 0; i < n && i < most; i++) {
        ArticleField field = FIELDS[in.next()];
        int index = in.vInt();
        int start = in.vInt();
        int end = start + in.vInt();
        int valueLength = in.vInt();
        String value = valueLength == 0 ? null : in.string(valueLength - 1);
        String text = in.string(in.vInt());
        out.add(new DateMention(text, value, field, index, start, end));
      }
      if (n <= most && in.at != in.end) {
        throw new IllegalStateException("trailing bytes");
      }
      return out;
    } catch (RuntimeException e) {
      throw new LedeException("stored dates are damaged: " + e.getMessage(), e);
    }
  }

  private static int code(ArticleField field) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i] == field) {
        return i;
      }
    }
    throw new IllegalArgumentException("no stored code for " + field);
  }

  /** The string's UTF-8 bytes, their length plus {@code shift} first. */
  private static void writeString(ByteArrayOutputStream out, String s, int shift) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeVInt(out, b.length + shift);
    out.write(b, 0, b.length);
  }

  private static void writeVInt(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  /** A cursor over the stored bytes; any overrun throws, and decode reports it as damage. */
  private static final class Reader {
    final byte[] bytes;
    final int end;
    int at;

    Reader(BytesRef ref) {
      bytes = ref.bytes;
      at = ref.offset;
      end = ref.offset + ref.length;
    }

    int vInt() {
      int v = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        byte b = next();
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalStateException("bad number");
    }

    String string(int length) {
      if (length < 0 || length > end - at) {
        throw new IllegalStateException("bad length " + length);
      }
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    byte next() {
      if (at >= end) {
        throw new IllegalStateException("truncated");
      }
      return bytes[at++];
    }
  }
}
