package io.github.lede.extract;

import io.github.lede.InputException;
import io.github.lede.extract.dates.DateExtractor;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.quotes.QuoteExtractor;
import io.github.lede.ingest.Authors;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link RawArticle} into an {@link Article}: layout (chrome, headline, byline, dateline, captions,
 * credits, body), then publication date and id. Metadata wins over what the text says; the text fills what
 * metadata lacks. Stateless and thread-safe.
 */
public final class ArticleExtractor {
  private static final DateExtractor DATES = new DateExtractor();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();

  private final PeopleExtractor people;

  /** With the shipped people model. */
  public ArticleExtractor() {
    this(new PeopleExtractor());
  }

  /** With a people extractor of one's choice (a model of one's own, or the rules alone to compare). */
  public ArticleExtractor(PeopleExtractor people) {
    this.people = people;
  }

  /** Extracts with cleaning: the normal path for files, JSON lines and strings. */
  public Article extract(RawArticle raw, LocalDate referenceDate) {
    String knownHeadline = blankToNull(raw.headline());
    Structure s = StructureParser.parse(raw.text(), knownHeadline);
    String dek = Deks.clean(raw.dek(), knownHeadline);
    if (s.paragraphs().isEmpty() && dek != null) {
      // A page whose only prose is its standfirst: that is its text.
      s = StructureParser.parse(dek + "\n\n" + raw.text(), knownHeadline);
      dek = null;
    }
    if (s.paragraphs().isEmpty()) {
      throw new InputException(raw.origin(), 0, "no article text found (only headline, captions or site chrome)");
    }
    List<String> authors = authors(raw, s);
    List<String> paragraphs = AuthorBios.trim(s.paragraphs(), authors);
    paragraphs = PressReleaseTails.trim(paragraphs);
    String body = String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    String headline = knownHeadline != null ? knownHeadline : s.headline();
    boolean derived = headline == null;
    if (derived) {
      headline = Headlines.derive(paragraphs.get(0));
    }
    GivenCaptions captions = GivenCaptions.merge(raw.captions(), s);
    Article article = Article.builder(id(raw, headline, body), headline, body)
        .headlineDerived(derived)
        .dek(dek)
        .source(firstNonBlank(raw.source(), s.agency()))
        .url(blankToNull(raw.url()))
        .published(published(raw, s, referenceDate))
        .authors(authors)
        .dateline(firstNonBlank(raw.dateline(), s.dateline()))
        .captions(captions.captions())
        .credits(captions.credits())
        .build();
    return annotate(article, referenceDate);
  }

  /**
   * Finds what the text talks about: people, then quotes (whose speakers are people), then dates, resolved
   * against the publication date or, failing that, the caller's reference date.
   */
  private Article annotate(Article article, LocalDate referenceDate) {
    LocalDate reference = article.published() != null ? article.published() : referenceDate;
    Article.Builder b = article.toBuilder();
    List<io.github.lede.model.Person> found = people.extract(article);
    b.people(found);
    b.quotes(QUOTES.extract(article, found));
    b.dates(DATES.extract(article, reference));
    return b.build();
  }

  /** Takes the text verbatim as the body: no cleaning and no headline, so offsets are the text's own. */
  public Article extractVerbatim(RawArticle raw, LocalDate referenceDate) {
    String body = raw.text();
    String headline = blankToNull(raw.headline()) == null ? "" : raw.headline().strip();
    LocalDate published = PublicationDates.parse(raw.published());
    Article article = Article.builder(id(raw, headline, body), headline, body)
        .dek(blankToNull(raw.dek()))
        .source(blankToNull(raw.source()))
        .url(blankToNull(raw.url()))
        .published(published)
        .authors(raw.authors())
        .build();
    return annotate(article, referenceDate);
  }

  /** The source's id, else its URL, else a hash of the text (see {@link ArticleIds}). */
  private static String id(RawArticle raw, String headline, String body) {
    String given = blankToNull(raw.id());
    if (given != null) {
      return given;
    }
    String url = ArticleIds.ofUrl(raw.url());
    return url != null ? url : ArticleIds.of(headline, body);
  }

  /**
   * Metadata, then a "Published ..." line, then the dateline's date, from metadata or the text (a year-less
   * one needs a reference).
   */
  private static LocalDate published(RawArticle raw, Structure s, LocalDate referenceDate) {
    if (raw.published() != null) {
      PublicationDates.Found f = PublicationDates.find(raw.published());
      LocalDate d = f == null ? null : f.resolve(referenceDate);
      if (d != null) {
        return d;
      }
    }
    if (s.publishedLine() != null) {
      LocalDate d = s.publishedLine().resolve(referenceDate);
      if (d != null) {
        return d;
      }
    }
    // A dateline from metadata ("SEOUL, June 3") dates the article as the text's own would.
    PublicationDates.Found datelineDate = raw.dateline() == null ? null : PublicationDates.find(raw.dateline());
    if (datelineDate == null) {
      datelineDate = s.datelineDate();
    }
    return datelineDate == null ? null : datelineDate.resolve(referenceDate);
  }

  private static List<String> authors(RawArticle raw, Structure s) {
    if (raw.authors().isEmpty()) {
      return s.authors();
    }
    List<String> out = new ArrayList<>();
    for (String a : raw.authors()) {
      out.add(Authors.fixCase(a));
    }
    return out;
  }

  private static String firstNonBlank(String a, String b) {
    String x = blankToNull(a);
    return x != null ? x : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
