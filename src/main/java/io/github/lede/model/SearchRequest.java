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
    boolean exactTotal) {

  /** The largest page size. */
  public static final int MAX_SIZE = 1000;

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
  }

  /** A request for the first page of best matches, highlighted. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder with the defaults: relevance order, 10 hits, highlights with up to 3 passages a field. */
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
        .exactTotal(exactTotal);
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

    public SearchRequest build() {
      return new SearchRequest(
          query, people, sources, published, mentions, sort, size, after, highlight, passages, exactTotal);
    }
  }
}
