package io.github.lede.index;

import io.github.lede.LedeException;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import java.util.ArrayList;
import java.util.List;

/**
 * The date mentions of an article in a compact stored field of their own, so that a page of search hits
 * reads them without parsing the article's stored JSON. Each mention is its field, caption index, start,
 * end, value and text, separated by unit separators (U+001F), mentions by record separators (U+001E);
 * neither occurs in news text.
 */
public final class StoredDates {
  private static final char UNIT = '\u001f';
  private static final char RECORD = '\u001e';

  private StoredDates() {}

  public static String encode(List<DateMention> dates) {
    StringBuilder sb = new StringBuilder(dates.size() * 32);
    for (DateMention d : dates) {
      if (sb.length() > 0) {
        sb.append(RECORD);
      }
      sb.append(d.field().jsonName()).append(UNIT).append(d.index()).append(UNIT).append(d.start()).append(UNIT)
          .append(d.end()).append(UNIT).append(d.value() == null ? "" : d.value()).append(UNIT)
          .append(strip(d.text()));
    }
    return sb.toString();
  }

  public static List<DateMention> decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>();
    int at = 0;
    while (at <= stored.length()) {
      int end = stored.indexOf(RECORD, at);
      end = end < 0 ? stored.length() : end;
      out.add(mention(stored, at, end));
      at = end + 1;
    }
    return out;
  }

  private static DateMention mention(String s, int from, int to) {
    String[] parts = new String[6];
    int at = from;
    for (int i = 0; i < 5; i++) {
      int next = s.indexOf(UNIT, at);
      if (next < 0 || next > to) {
        throw new LedeException("stored dates are damaged: " + s.substring(from, to));
      }
      parts[i] = s.substring(at, next);
      at = next + 1;
    }
    parts[5] = s.substring(at, to);
    try {
      return new DateMention(parts[5], parts[4].isEmpty() ? null : parts[4], ArticleField.fromJsonName(parts[0]),
          Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
    } catch (IllegalArgumentException e) {
      throw new LedeException("stored dates are damaged: " + s.substring(from, to), e);
    }
  }

  /** Separators in a mention's text (they never occur in news) would break the record; they are dropped. */
  private static String strip(String text) {
    return text.indexOf(UNIT) < 0 && text.indexOf(RECORD) < 0 ? text
        : text.replace(String.valueOf(UNIT), "").replace(String.valueOf(RECORD), "");
  }
}
