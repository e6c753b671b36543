package io.github.lede.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article as a source delivered it, before extraction: its text and whatever metadata the source carried.
 * Metadata values are kept as written (a date is a string here); extraction interprets them.
 *
 * @param origin where it came from, for error messages: a file, {@code file:line} for JSON lines, or a label
 * @param id the source's own identifier, or null
 * @param url the article's address, or null
 * @param source the publisher or site, or null
 * @param headline the headline from metadata, or null
 * @param dek the standfirst under the headline (a page's summary line, a feed's description), or null
 * @param published the publication date or time from metadata, as written, or null
 * @param authors the authors from metadata (may be empty)
 * @param text the article text: plain text with paragraphs on their own lines
 * @param captions photo captions the source gave apart from the text, as written (may be empty); an HTML
 *     page's {@code <figcaption>}s, for instance
 * @param dateline the dateline from metadata ({@code SEOUL, June 3}), or null; it wins over one the text opens
 *     with
 */
public record RawArticle(
    String origin,
    String id,
    String url,
    String source,
    String headline,
    String dek,
    String published,
    List<String> authors,
    String text,
    List<String> captions,
    String dateline) {

  public RawArticle {
    Objects.requireNonNull(text, "text");
    origin = origin == null ? "<input>" : origin;
    authors = List.copyOf(authors == null ? List.of() : authors);
    captions = List.copyOf(captions == null ? List.of() : captions);
  }

  /** A raw article without separate captions, dek or dateline. */
  public RawArticle(String origin, String id, String url, String source, String headline, String published,
      List<String> authors, String text) {
    this(origin, id, url, source, headline, null, published, authors, text, List.of(), null);
  }

  /** A raw article without a dek or a dateline from metadata. */
  public RawArticle(String origin, String id, String url, String source, String headline, String published,
      List<String> authors, String text, List<String> captions) {
    this(origin, id, url, source, headline, null, published, authors, text, captions, null);
  }

  /** The same article under another id (lede gives a file's article its path when it names no id). */
  public RawArticle withId(String newId) {
    return new RawArticle(origin, newId, url, source, headline, dek, published, authors, text, captions, dateline);
  }

  /** A raw article holding only text, as when a caller hands lede a string. */
  public static RawArticle ofText(String text) {
    return builder(text).build();
  }

  /** A builder for an article with the given text. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Builds a {@link RawArticle}; every setter is optional. */
  public static final class Builder {
    private final String text;
    private String origin;
    private String id;
    private String url;
    private String source;
    private String headline;
    private String dek;
    private String published;
    private String dateline;
    private final List<String> authors = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    public Builder dek(String dek) {
      this.dek = dek;
      return this;
    }

    public Builder published(String published) {
      this.published = published;
      return this;
    }

    public Builder dateline(String dateline) {
      this.dateline = dateline;
      return this;
    }

    public Builder author(String author) {
      this.authors.add(Objects.requireNonNull(author, "author"));
      return this;
    }

    public Builder authors(List<String> authors) {
      authors.forEach(this::author);
      return this;
    }

    public Builder caption(String caption) {
      this.captions.add(Objects.requireNonNull(caption, "caption"));
      return this;
    }

    public Builder captions(List<String> captions) {
      captions.forEach(this::caption);
      return this;
    }

    public RawArticle build() {
      return new RawArticle(origin, id, url, source, headline, dek, published, authors, text, captions,
          dateline);
    }
  }
}
