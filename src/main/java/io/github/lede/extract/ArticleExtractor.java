package io.github.lede.extract;

import io.github.lede.InputException;
import io.github.lede.extract.dates.ArticleDates;
import io.github.lede.extract.dates.DateExtractor;
import io.github.lede.extract.people.ArticlePeople;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.quotes.ArticleQuotes;
import io.github.lede.extract.quotes.QuoteExtractor;
import io.github.lede.text.AuthorNames;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import io.github.lede.text.ArticleTokens;
import io.github.lede.text.PublicationDates;
import io.github.lede.text.WrittenDate;
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
    return annotate(layout(raw, referenceDate), referenceDate, false).article();
  }

  /** As {@link #extract}, with the rule that decided each person, quote speaker and date. */
  public ExplainedArticle explain(RawArticle raw, LocalDate referenceDate) {
    return annotate(layout(raw, referenceDate), referenceDate, true).explained();
  }

  /** Headline, body, captions, credits, byline, dateline, publication date and id, from the raw article. */
  private static Article layout(RawArticle raw, LocalDate referenceDate) {
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
    return Article.builder(id(raw, headline, body), headline, body)
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
  }

  /**
   * Finds what the text talks about, on its tokens made once: people, then quotes (whose speakers are those
   * people, so the quote extractor takes what the people finder returns), then dates, resolved against the
   * publication date or, failing that, the caller's reference date.
   */
  private Annotated annotate(Article article, LocalDate referenceDate, boolean explaining) {
    LocalDate reference = article.published() != null ? article.published() : referenceDate;
    ArticleTokens tokens = ArticleTokens.of(article);
    ArticlePeople people = explaining ? this.people.explain(article, tokens) : this.people.extract(article, tokens);
    ArticleQuotes quotes = QUOTES.extract(article, tokens, people);
    ArticleDates dates = DATES.extract(article, tokens, reference);
    Article annotated = article.toBuilder().people(people.people()).quotes(quotes.quotes()).dates(dates.dates())
        .build();
    return new Annotated(annotated, people, quotes, dates);
  }

  /** An article with the extractors' findings and their reasons. */
  private record Annotated(Article article, ArticlePeople people, ArticleQuotes quotes, ArticleDates dates) {
    ExplainedArticle explained() {
      return ExplainedArticle.of(article, people, quotes, dates);
    }
  }

  /** Takes the text verbatim as the body: no cleaning and no headline, so offsets are the text's own. */
  public Article extractVerbatim(RawArticle raw, LocalDate referenceDate) {
    return annotate(verbatim(raw), referenceDate, false).article();
  }

  /** As {@link #extractVerbatim}, with the rule that decided each person, quote speaker and date. */
  public ExplainedArticle explainVerbatim(RawArticle raw, LocalDate referenceDate) {
    return annotate(verbatim(raw), referenceDate, true).explained();
  }

  private static Article verbatim(RawArticle raw) {
    String body = raw.text();
    String headline = blankToNull(raw.headline()) == null ? "" : raw.headline().strip();
    LocalDate published = PublicationDates.parse(raw.published());
    return Article.builder(id(raw, headline, body), headline, body)
        .dek(blankToNull(raw.dek()))
        .source(blankToNull(raw.source()))
        .url(blankToNull(raw.url()))
        .published(published)
        .authors(raw.authors())
        .build();
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
      WrittenDate f = PublicationDates.find(raw.published());
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
    WrittenDate datelineDate = raw.dateline() == null ? null : PublicationDates.find(raw.dateline());
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
      out.add(AuthorNames.fixCase(a));
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
