package io.github.lede.extract.quotes;

import io.github.lede.model.Quote;
import java.util.List;

/**
 * The quotes of one article, as {@link QuoteExtractor} finds them, with why each has its speaker: the
 * {@link AttributionStep} that found the speaker phrase and how the phrase was read ("after-quote; named",
 * "before-quote; pronoun: nearest fitting person"), or how an unattributed quote got one ("runs on"), or
 * "no speaker".
 */
public final class ArticleQuotes {
  private final List<Quote> quotes;
  private final List<String> reasons;

  ArticleQuotes(List<Quote> quotes, List<String> reasons) {
    this.quotes = List.copyOf(quotes);
    this.reasons = List.copyOf(reasons);
  }

  public List<Quote> quotes() {
    return quotes;
  }

  /** Why quote {@code q} has its speaker, or has none. */
  public String reason(int q) {
    return reasons.get(q);
  }
}
