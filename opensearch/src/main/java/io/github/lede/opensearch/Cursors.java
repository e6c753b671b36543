package io.github.lede.opensearch;

import io.github.lede.LedeException;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * lede's opaque paging cursors on a cluster. An article cursor holds the last hit's sort values (score or
 * day, then id: ids break every tie, so the order is total and a page never repeats or skips a hit) for
 * {@code search_after}; a quote cursor holds how many quotes earlier pages showed. Both carry a fingerprint
 * of the request, so a cursor cannot be replayed against another query, filter or order.
 */
final class Cursors {
  private Cursors() {}

  static String articles(SearchRequest r, String sortValuesJson) {
    return encode("a1|" + fingerprint(r) + "|" + sortValuesJson);
  }

  /** The sort values as JSON text, for {@code search_after}. */
  static String articles(SearchRequest r) {
    return decode(r.after(), "a1|" + fingerprint(r) + "|");
  }

  static String quotes(QuoteRequest r, int shown) {
    return encode("q1|" + fingerprint(r) + "|" + shown);
  }

  /** How many quotes earlier pages showed. */
  static int quotes(QuoteRequest r) {
    try {
      return Integer.parseInt(decode(r.after(), "q1|" + fingerprint(r) + "|"));
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String prefix) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!plain.startsWith(prefix.substring(0, 3))) {
      throw invalid();
    }
    if (!plain.startsWith(prefix)) {
      throw new LedeException("cursor belongs to another query, filter or sort order; start from the first page");
    }
    return plain.substring(prefix.length());
  }

  private static LedeException invalid() {
    return new LedeException("invalid cursor: not one lede returned");
  }

  private static String fingerprint(SearchRequest r) {
    String key = r.query() + "\u0000" + r.people() + "\u0000" + r.sources() + "\u0000" + r.published() + "\u0000"
        + r.mentions() + "\u0000" + r.sort();
    return Integer.toHexString(key.hashCode());
  }

  private static String fingerprint(QuoteRequest r) {
    String key = "quotes\u0000" + r.query() + "\u0000" + r.speakers() + "\u0000" + r.published() + "\u0000"
        + r.sort();
    return Integer.toHexString(key.hashCode());
  }
}
