package io.github.lede.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article that matched a search.
 *
 * @param id the article's id ({@code Lede.get(id)} returns it whole)
 * @param score the relevance score (NaN when sorted by date)
 * @param headline the headline
 * @param published the publication day, or null
 * @param source the publisher, or null
 * @param url the address, or null
 * @param people the canonical names of the people it mentions
 * @param highlights per field name ({@code headline}, {@code body}, {@code caption}), the passages that
 *     matched, in text order, at most the request's {@code passages} per field, each at most its
 *     {@code passageLength} long ({@link Highlight}); empty when highlighting was off, nothing matched in
 *     text, or the search ran out of time before reaching this hit
 * @param dates the dates the article talks about, in order (headline, captions, body), with their values
 * @param quotes the article's quotes that the query's {@code quote:} and {@code speaker:} clauses matched, in
 *     the article's order; empty when the query has no such clause
 * @param truncated true when a list of this hit ({@code people}, {@code dates}, {@code quotes}) was cut at the
 *     request's {@code listLimit}, or a matched quote's text at its {@code passageLength} (its text then ends
 *     in an ellipsis); {@code Lede.get(id)} returns the whole article. A store on a cluster applies the same
 *     bounds.
 */
public record SearchHit(
    String id,
    float score,
    String headline,
    LocalDate published,
    String source,
    String url,
    List<String> people,
    Map<String, List<Highlight>> highlights,
    List<DateMention> dates,
    List<MatchedQuote> quotes,
    boolean truncated) {
  public SearchHit {
    people = List.copyOf(people);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    // Kept in the order given (headline, body, caption), which Map.copyOf would not promise.
    highlights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(highlights));
  }

  /** A hit whose lists are whole. */
  public SearchHit(String id, float score, String headline, LocalDate published, String source, String url,
      List<String> people, Map<String, List<Highlight>> highlights, List<DateMention> dates,
      List<MatchedQuote> quotes) {
    this(id, score, headline, published, source, url, people, highlights, dates, quotes, false);
  }
}
