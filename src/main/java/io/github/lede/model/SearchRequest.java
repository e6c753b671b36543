package io.github.lede.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to search for. Build one with {@link #builder(String)}; only the query is required.
 *
 * @param query a query in lede's syntax (Lucene's classic syntax with friendly field names); blank matches
 *     every article
 * @param people only articles that mention all of these people (canonical names, exact)
 * @param sources only articles from one of these sources (case-insensitive)
 * @param published only articles published in this range, or null
 * @param mentions only articles that talk about a date in this range, or null
 * @param sort the order of hits
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param after the {@link SearchResults#next()} cursor of the previous page, or null for the first page
 * @param highlight whether to compute highlights
 * @param passages at most this many highlight passages per field
 * @param exactTotal count every match exactly (slower on large indexes) instead of stopping at a lower bound
 * @param passageLength highlight passages longer than this many characters are cut to a window of this
 *     length around their first match ({@link Highlight}), and matched quotes to this length; 40 to
 *     {@value #MAX_PASSAGE_LENGTH}
 * @param listLimit at most this many people, dates and matched quotes per hit ({@link SearchHit#truncated()}
 *     says when a list was cut); 1 to {@value #MAX_LIST_LIMIT}
 */
public record SearchRequest(
    String query,
    List<String> people,
    List<String> sources,
    DateRange published,
    DateRange mentions,
    SortOrder sort,
    int size,
    String after,
    boolean highlight,
    int passages,
    boolean exactTotal,
    int passageLength,
    int listLimit) {

  /** The largest page size. */
  public static final int MAX_SIZE = 1000;
  /** The longest passage a request may ask for. */
  public static final int MAX_PASSAGE_LENGTH = 100_000;
  /** The longest list of people, dates or quotes per hit a request may ask for. */
  public static final int MAX_LIST_LIMIT = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    people = List.copyOf(people);
    sources = List.copyOf(sources);
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
    if (passages < 1 || passages > 100) {
      throw new IllegalArgumentException("passages must be 1 to 100, was " + passages);
    }
    checkPassageLength(passageLength);
    if (listLimit < 1 || listLimit > MAX_LIST_LIMIT) {
      throw new IllegalArgumentException("listLimit must be 1 to " + MAX_LIST_LIMIT + ", was " + listLimit);
    }
  }

  static void checkPassageLength(int passageLength) {
    if (passageLength < 40 || passageLength > MAX_PASSAGE_LENGTH) {
      throw new IllegalArgumentException("passageLength must be 40 to " + MAX_PASSAGE_LENGTH + ", was " + passageLength);
    }
  }

  /** A request for the first page of best matches, highlighted. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /**
   * A builder with the defaults: relevance order, 10 hits, highlights with up to 3 passages a field of up to
   * 400 characters each, up to 100 people, dates and matched quotes a hit.
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding this request's values; handy for asking for the next page. */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.people.addAll(people);
    b.sources.addAll(sources);
    return b.published(published)
        .mentions(mentions)
        .sort(sort)
        .size(size)
        .after(after)
        .highlight(highlight)
        .passages(passages)
        .exactTotal(exactTotal)
        .passageLength(passageLength)
        .listLimit(listLimit);
  }

  /** Builds a {@link SearchRequest}. */
  public static final class Builder {
    private String query;
    private final List<String> people = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private DateRange published;
    private DateRange mentions;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int size = 10;
    private String after;
    private boolean highlight = true;
    private int passages = 3;
    private boolean exactTotal;
    private int passageLength = 400;
    private int listLimit = 100;

    private Builder(String query) {
      this.query = query;
    }

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Adds a person every hit must mention (canonical name, exact). */
    public Builder person(String name) {
      people.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Adds a source a hit may come from; several sources mean any of them. */
    public Builder source(String source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    public Builder published(DateRange published) {
      this.published = published;
      return this;
    }

    public Builder mentions(DateRange mentions) {
      this.mentions = mentions;
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

    public Builder passages(int passages) {
      this.passages = passages;
      return this;
    }

    public Builder exactTotal(boolean exactTotal) {
      this.exactTotal = exactTotal;
      return this;
    }

    /** Cuts longer highlight passages to a window of this many characters around their first match (default 400). */
    public Builder passageLength(int passageLength) {
      this.passageLength = passageLength;
      return this;
    }

    /** At most this many people, dates and matched quotes per hit (default 100). */
    public Builder listLimit(int listLimit) {
      this.listLimit = listLimit;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, people, sources, published, mentions, sort, size, after, highlight, passages,
          exactTotal, passageLength, listLimit);
    }
  }
}
