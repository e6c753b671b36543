package io.github.lede.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An extracted article: what lede indexes and what searches return. Offsets in {@link #people()},
 * {@link #quotes()} and {@link #dates()} are Java string offsets into {@link #headline()}, {@link #body()} or
 * one of {@link #captions()}.
 *
 * @param id stable identifier: the source's own, else a hash of the normalised headline and body
 * @param source the publisher or site, or null
 * @param url the article's address, or null
 * @param headline the headline; never null (derived from the lede when the article has none)
 * @param headlineDerived true when the headline was derived from the lede sentence
 * @param dek the standfirst under the headline, apart from the body, or null when the article has none
 * @param published the publication day, or null when the article gives none
 * @param authors the byline's authors, possibly empty
 * @param dateline the dateline as written without its dash ({@code WASHINGTON (Reuters)}), or null
 * @param body the body paragraphs joined by a blank line
 * @param captions photo captions, without credits
 * @param credits photo credits and credit lines ({@code KCNA/Reuters}, {@code With reports from Reuters})
 * @param people the people mentioned, one entry per person
 * @param quotes direct quotes with their speakers
 * @param dates date expressions with their normalised values
 */
public record Article(
    String id,
    String source,
    String url,
    String headline,
    boolean headlineDerived,
    String dek,
    LocalDate published,
    List<String> authors,
    String dateline,
    String body,
    List<String> captions,
    List<String> credits,
    List<Person> people,
    List<Quote> quotes,
    List<DateMention> dates) {

  /** The separator between body paragraphs. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(body, "body");
    authors = List.copyOf(authors);
    captions = List.copyOf(captions);
    credits = List.copyOf(credits);
    people = List.copyOf(people);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
  }

  /** The body's paragraphs, in order. */
  public List<String> paragraphs() {
    if (body.isEmpty()) {
      return List.of();
    }
    return List.of(body.split(PARAGRAPH_SEPARATOR, -1));
  }

  /** The text of a field: the headline, the body, or caption number {@code index}. */
  public String text(ArticleField field, int index) {
    return switch (field) {
      case HEADLINE -> headline;
      case BODY -> body;
      case CAPTION -> captions.get(index);
    };
  }

  /** The canonical names of the people mentioned, in order of first mention. */
  public List<String> personNames() {
    return people.stream().map(Person::name).toList();
  }

  /** A builder holding this article's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder(id, headline, body)
        .source(source)
        .url(url)
        .headlineDerived(headlineDerived)
        .dek(dek)
        .published(published)
        .authors(authors)
        .dateline(dateline)
        .captions(captions)
        .credits(credits)
        .people(people)
        .quotes(quotes)
        .dates(dates);
  }

  /** A builder for an article with the given id, headline and body (paragraphs joined by a blank line). */
  public static Builder builder(String id, String headline, String body) {
    return new Builder(id, headline, body);
  }

  /** Builds an {@link Article}; lists default to empty, other values to null or false. */
  public static final class Builder {
    private String id;
    private String headline;
    private String body;
    private String source;
    private String url;
    private boolean headlineDerived;
    private String dek;
    private LocalDate published;
    private List<String> authors = new ArrayList<>();
    private String dateline;
    private List<String> captions = new ArrayList<>();
    private List<String> credits = new ArrayList<>();
    private List<Person> people = new ArrayList<>();
    private List<Quote> quotes = new ArrayList<>();
    private List<DateMention> dates = new ArrayList<>();

    private Builder(String id, String headline, String body) {
      this.id = id;
      this.headline = headline;
      this.body = body;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder headlineDerived(boolean headlineDerived) {
      this.headlineDerived = headlineDerived;
      return this;
    }

    public Builder dek(String dek) {
      this.dek = dek;
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    public Builder authors(List<String> authors) {
      this.authors = new ArrayList<>(authors);
      return this;
    }

    public Builder dateline(String dateline) {
      this.dateline = dateline;
      return this;
    }

    public Builder captions(List<String> captions) {
      this.captions = new ArrayList<>(captions);
      return this;
    }

    public Builder credits(List<String> credits) {
      this.credits = new ArrayList<>(credits);
      return this;
    }

    public Builder people(List<Person> people) {
      this.people = new ArrayList<>(people);
      return this;
    }

    public Builder quotes(List<Quote> quotes) {
      this.quotes = new ArrayList<>(quotes);
      return this;
    }

    public Builder dates(List<DateMention> dates) {
      this.dates = new ArrayList<>(dates);
      return this;
    }

    public Article build() {
      return new Article(
          id, source, url, headline, headlineDerived, dek, published, authors, dateline, body, captions, credits,
          people, quotes, dates);
    }
  }
}
