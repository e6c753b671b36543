package io.github.lede.search;

import io.github.lede.LedeException;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * The opaque search-after cursor: the last hit's sort value and doc id, with a fingerprint of the request so
 * a cursor cannot be replayed against another query, filter or order. Doc ids move when segments merge, so a
 * cursor is meant for paging through results soon after the first page, as with any search-after.
 */
final class Cursor {
  private static final String VERSION = "c1";

  private Cursor() {}

  static String encode(SearchRequest request, ScoreDoc last) {
    return encode(request.sort(), fingerprint(request), last);
  }

  /** The cursor after {@code last} for a request ordered by {@code sort}, whose order depends on {@code key}. */
  static String encode(SortOrder sort, String key, ScoreDoc last) {
    String value = last instanceof FieldDoc fd ? Long.toString((Long) fd.fields[0]) : Float.toString(last.score);
    String plain = VERSION + "|" + sort.name() + "|" + value + "|" + last.doc + "|" + key;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static ScoreDoc decode(SearchRequest request) {
    return decode(request.after(), request.sort(), fingerprint(request));
  }

  static ScoreDoc decode(String cursor, SortOrder sort, String key) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
    if (!parts[1].equals(sort.name()) || !parts[4].equals(key)) {
      throw new LedeException("cursor belongs to another query, filter or sort order; start from the first page");
    }
    try {
      int doc = Integer.parseInt(parts[3]);
      if (sort == SortOrder.RELEVANCE) {
        return new ScoreDoc(doc, Float.parseFloat(parts[2]));
      }
      return new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[2])});
    } catch (NumberFormatException e) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
  }

  /** What the order of quote hits depends on. */
  static String fingerprint(io.github.lede.model.QuoteRequest r) {
    String key = "quotes\u0000" + r.query() + "\u0000" + r.speakers() + "\u0000" + r.published() + "\u0000" + r.sort();
    return Integer.toHexString(key.hashCode());
  }

  /** What the order of hits depends on; page size and highlighting may change from page to page. */
  private static String fingerprint(SearchRequest r) {
    String key = r.query() + "\u0000" + r.people() + "\u0000" + r.sources() + "\u0000" + r.published() + "\u0000"
        + r.mentions() + "\u0000" + r.sort()
        // The recency boost reorders hits: its half-life and origin (resolved: the newest day when unset).
        + (r.recency() == null ? "" : "\u0000" + r.recency() + "\u0000" + r.recencyOrigin());
    return Integer.toHexString(key.hashCode());
  }
}
