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
    String value = last instanceof FieldDoc fd ? Long.toString((Long) fd.fields[0]) : Float.toString(last.score);
    String plain = VERSION + "|" + request.sort().name() + "|" + value + "|" + last.doc + "|" + fingerprint(request);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static ScoreDoc decode(SearchRequest request) {
    String cursor = request.after();
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
    if (!parts[1].equals(request.sort().name()) || !parts[4].equals(fingerprint(request))) {
      throw new LedeException("cursor belongs to another query, filter or sort order; start from the first page");
    }
    try {
      int doc = Integer.parseInt(parts[3]);
      if (request.sort() == SortOrder.RELEVANCE) {
        return new ScoreDoc(doc, Float.parseFloat(parts[2]));
      }
      return new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[2])});
    } catch (NumberFormatException e) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
  }

  /** What the order of hits depends on; page size and highlighting may change from page to page. */
  private static String fingerprint(SearchRequest r) {
    String key = r.query() + "\u0000" + r.people() + "\u0000" + r.sources() + "\u0000" + r.published() + "\u0000"
        + r.mentions() + "\u0000" + r.sort();
    return Integer.toHexString(key.hashCode());
  }
}
