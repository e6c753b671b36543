package io.github.lede.model;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to ask of {@code Lede.related(id, request)}: how many articles most like a given one, and which may
 * count. Build one with {@link #builder()}; every value has a default.
 *
 * @param size at most this many related articles, 1 to {@link SearchRequest#MAX_SIZE}
 * @param people only articles that mention all of these people (canonical names, exact)
 * @param sources only articles from one of these sources (case-insensitive)
 * @param published only articles published in this range, or null
 * @param within only articles published within this period before or after the given article's
 *     publication day (both ends included), or null for any time; an article without a publication day has
 *     no window, so asking for one is an error
 */
public record RelatedRequest(int size, List<String> people, List<String> sources, DateRange published,
    Period within) {
  public RelatedRequest {
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + SearchRequest.MAX_SIZE + ", was " + size);
    }
    people = List.copyOf(people);
    sources = List.copyOf(sources);
    if (within != null && within.isNegative()) {
      throw new IllegalArgumentException("within must not be negative, was " + within);
    }
  }

  /** Ten related articles from any time and source. */
  public static RelatedRequest defaults() {
    return builder().build();
  }

  /** A builder with the defaults: 10 articles, no filters, no window. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelatedRequest}. */
  public static final class Builder {
    private int size = 10;
    private final List<String> people = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private DateRange published;
    private Period within;

    private Builder() {}

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** Adds a person every related article must mention (canonical name, exact). */
    public Builder person(String name) {
      people.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Adds a source a related article may come from; several sources mean any of them. */
    public Builder source(String source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    public Builder published(DateRange published) {
      this.published = published;
      return this;
    }

    /** Only articles published within this period of the given article's day, before or after it. */
    public Builder within(Period within) {
      this.within = within;
      return this;
    }

    public RelatedRequest build() {
      return new RelatedRequest(size, people, sources, published, within);
    }
  }
}
