package io.github.lede.extract;

import io.github.lede.extract.dates.ArticleDates;
import io.github.lede.extract.people.ArticlePeople;
import io.github.lede.extract.quotes.ArticleQuotes;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article with the reason for each thing extraction found in it: each person mention, each quote's speaker
 * and each date, with the span it stands at and the named rule that decided it. What {@code lede extract
 * --explain} prints and what {@code lede eval} counts per rule; internal, not part of the API.
 */
public record ExplainedArticle(Article article, List<Span> spans) {
  /** What was found where, as what, and why. */
  public record Span(Kind kind, ArticleField field, int index, int start, int end, String text, String value,
      String reason) {}

  public enum Kind { PERSON, SPEAKER, DATE }

  static ExplainedArticle of(Article article, ArticlePeople people, ArticleQuotes quotes, ArticleDates dates) {
    List<Span> spans = new ArrayList<>();
    for (int p = 0; p < people.people().size(); p++) {
      Person person = people.people().get(p);
      for (int m = 0; m < person.mentions().size(); m++) {
        Mention x = person.mentions().get(m);
        spans.add(new Span(Kind.PERSON, x.field(), x.index(), x.start(), x.end(), x.text(), person.name(),
            people.mentionReason(p, m)));
      }
    }
    for (int q = 0; q < quotes.quotes().size(); q++) {
      Quote x = quotes.quotes().get(q);
      spans.add(new Span(Kind.SPEAKER, x.field(), x.index(), x.start(), x.end(), x.text(), x.speaker(),
          quotes.reason(q)));
    }
    for (int d = 0; d < dates.dates().size(); d++) {
      DateMention x = dates.dates().get(d);
      spans.add(new Span(Kind.DATE, x.field(), x.index(), x.start(), x.end(), x.text(), x.value(),
          dates.reason(d)));
    }
    spans.sort(Comparator.comparingInt((Span s) -> readingOrder(s.field())).thenComparingInt(Span::index)
        .thenComparingInt(Span::start).thenComparing(Span::kind));
    return new ExplainedArticle(article, List.copyOf(spans));
  }

  /** Headline, captions, body: the order a reader meets them. */
  private static int readingOrder(ArticleField f) {
    return switch (f) {
      case HEADLINE -> 0;
      case CAPTION -> 1;
      case BODY -> 2;
    };
  }
}
