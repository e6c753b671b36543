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
 * @param collapse fold near duplicates (wire copy republished with small edits) into the best-ranked of them,
 *     which lists them in {@link SearchHit#duplicates()}. A page folds the duplicates among the matches it
 *     reads (up to {@value #COLLAPSE_SCAN_FACTOR} times its size, at least {@value #COLLAPSE_SCAN_MIN}); a
 *     duplicate ranked further down is shown on a later page in its own right
 * @param explain whether each hit carries the explanation of its score ({@link SearchHit#explanation()})
 * @param recency null, or the half-life of an opt-in boost for newer articles: an article published this long
 *     before {@code recencyOrigin} gains half the boost the newest gains ({@link #RECENCY_WEIGHT}); at least a
 *     day
 * @param recencyOrigin the day the recency boost counts back from, or null for the publication day of the
 *     newest article in the store (an archive's own "now", and the same answer on every run)
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
    int listLimit,
    boolean collapse,
    boolean explain,
    java.time.Duration recency,
    java.time.LocalDate recencyOrigin) {

  /** The largest page size. */
  public static final int MAX_SIZE = 1000;
  /** The longest passage a request may ask for. */
  public static final int MAX_PASSAGE_LENGTH = 100_000;
  /** The longest list of people, dates or quotes per hit a request may ask for. */
  public static final int MAX_LIST_LIMIT = 10_000;
  /** A collapsed page reads at most this many matches per hit it shows, to find what folds into them. */
  public static final int COLLAPSE_SCAN_FACTOR = 5;
  /** ... and at least this many. */
  public static final int COLLAPSE_SCAN_MIN = 50;
  /**
   * What the recency boost adds to the score of an article published on its origin day: as much as the
   * adjacency of the query's words, about one more matching word's worth; half of it one half-life away.
   */
  public static final float RECENCY_WEIGHT = 1.0f;

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
    if (recency != null && recency.compareTo(java.time.Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException("recency half-life must be at least a day, was " + recency);
    }
  }

  /** The request without its extra components, as it was before collapse, explain and recency. */
  public SearchRequest(String query, List<String> people, List<String> sources, DateRange published,
      DateRange mentions, SortOrder sort, int size, String after, boolean highlight, int passages,
      boolean exactTotal, int passageLength, int listLimit) {
    this(query, people, sources, published, mentions, sort, size, after, highlight, passages, exactTotal,
        passageLength, listLimit, false, false, null, null);
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
        .listLimit(listLimit)
        .collapse(collapse)
        .explain(explain)
        .recency(recency, recencyOrigin);
  }

  /** How many matches a collapsed page reads: {@link #collapse} says why. */
  public int collapseScan() {
    return Math.max(COLLAPSE_SCAN_MIN, (size + 1) * COLLAPSE_SCAN_FACTOR);
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
    private boolean collapse;
    private boolean explain;
    private java.time.Duration recency;
    private java.time.LocalDate recencyOrigin;

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

    /** Folds near duplicates into the best-ranked of them (default false); see {@link SearchRequest#collapse}. */
    public Builder collapse(boolean collapse) {
      this.collapse = collapse;
      return this;
    }

    /** Each hit carries the explanation of its score (default off: it costs a little per hit). */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /**
     * Boosts newer articles: one published {@code halfLife} before the newest article in the store gains half
     * the boost of the newest (null for none, the default).
     */
    public Builder recency(java.time.Duration halfLife) {
      return recency(halfLife, null);
    }

    /** Boosts newer articles, counting back from {@code origin} (null: the newest article's day). */
    public Builder recency(java.time.Duration halfLife, java.time.LocalDate origin) {
      this.recency = halfLife;
      this.recencyOrigin = origin;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, people, sources, published, mentions, sort, size, after, highlight, passages,
          exactTotal, passageLength, listLimit, collapse, explain, recency, recencyOrigin);
    }
  }
}
