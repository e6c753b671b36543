package io.github.lede.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A search for quotes. Build one with {@link #builder(String)}; only the query is required.
 *
 * @param query words of the quote in lede's query syntax (words without a field search the quote's text;
 *     {@code speaker:}, and article fields such as {@code person:} or {@code headline:}, work too); blank
 *     matches every quote
 * @param speakers only quotes by one of these speakers: a person's canonical name or a source as written
 *     (exact), or words of it ({@code town} finds Jenny Town)
 * @param published only quotes from articles published in this range, or null
 * @param sort relevance, or the article's publication date (undated last)
 * @param size hits per page, 1 to {@link SearchRequest#MAX_SIZE}
 * @param after the {@link QuoteResults#next()} cursor of the previous page, or null for the first page
 * @param highlight whether to mark the query's words in each quote
 * @param passageLength quotes longer than this many characters come as a window of this length around
 *     their first match ({@link QuoteHit#highlight()}); 40 to {@value SearchRequest#MAX_PASSAGE_LENGTH}
 */
public record QuoteRequest(
    String query, List<String> speakers, DateRange published, SortOrder sort, int size, String after,
    boolean highlight, int passageLength) {

  public QuoteRequest {
    query = query == null ? "" : query;
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + SearchRequest.MAX_SIZE + ", was " + size);
    }
    SearchRequest.checkPassageLength(passageLength);
  }

  /** A request for the first page of best matches, highlighted. */
  public static QuoteRequest of(String query) {
    return builder(query).build();
  }

  /** A builder with the defaults: relevance order, 10 hits, highlighted, quotes of up to 1,000 characters whole. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding this request's values; handy for asking for the next page. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.speakers.addAll(speakers);
    return b.published(published).sort(sort).size(size).after(after).highlight(highlight)
        .passageLength(passageLength);
  }

  /** Builds a {@link QuoteRequest}. */
  public static final class Builder {
    private String query;
    private final List<String> speakers = new ArrayList<>();
    private DateRange published;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int size = 10;
    private String after;
    private boolean highlight = true;
    private int passageLength = 1000;

    private Builder(String query) {
      this.query = query;
    }

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Adds a speaker a hit may be by; several speakers mean any of them. */
    public Builder speaker(String speaker) {
      speakers.add(Objects.requireNonNull(speaker, "speaker"));
      return this;
    }

    public Builder published(DateRange published) {
      this.published = published;
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    public Builder after(String cursor) {
      this.after = cursor;
      return this;
    }

    public Builder highlight(boolean highlight) {
      this.highlight = highlight;
      return this;
    }

    /** Quotes longer than this many characters come as a window around their first match (default 1,000). */
    public Builder passageLength(int passageLength) {
      this.passageLength = passageLength;
      return this;
    }

    public QuoteRequest build() {
      return new QuoteRequest(query, speakers, published, sort, size, after, highlight, passageLength);
    }
  }
}
