package io.github.lede.extract.dates;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.text.ArticleTokens;
import io.github.lede.text.Tokenizer;
import io.github.lede.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dates an article talks about and writes each as TimeML does, at its own granularity:
 * "Sept. 13, 2023" {@code 2023-09-13}, "last week" {@code 2024-W24}, "June 2024" {@code 2024-06}, "the first
 * quarter of 2025" {@code 2025-Q1}, "the 1990s" {@code 199X}, "Wednesday morning" {@code 2024-06-19TMO},
 * "now" {@code PRESENT_REF}. Relative and partial dates are resolved against a reference date (the
 * publication date); without one they are kept with a null value. Durations ("24 years") and sets ("every
 * Monday") are not dates and are not reported.
 *
 * <p>A hand-written scanner over tokens, one sentence at a time, with a bounded look-ahead at each token:
 * linear in the text and allocating little beyond the mentions it returns. Stateless and thread-safe.
 */
public final class DateExtractor {

  /**
   * The date mentions of the headline (unless it is derived from the lede), then of each caption, then of
   * the body, each in text order, with offsets into that field's text.
   *
   * @param reference the day relative dates count from, or null to leave them unresolved
   */
  public List<DateMention> extract(Article article, LocalDate reference) {
    return extract(article, ArticleTokens.of(article), reference).dates();
  }

  /** As {@link #extract(Article, LocalDate)}, on the article's tokens made already. */
  public ArticleDates extract(Article article, ArticleTokens tokens, LocalDate reference) {
    Run run = new Run(reference);
    List<DateMention> out = new ArrayList<>();
    List<String> why = new ArrayList<>();
    if (!article.headlineDerived()) {
      // A derived headline repeats the lede's first sentence: its dates are the body's.
      run.scan(tokens.headline(), ArticleField.HEADLINE, 0, out, why);
    }
    for (int c = 0; c < tokens.captions(); c++) {
      run.scan(tokens.caption(c), ArticleField.CAPTION, c, out, why);
    }
    run.scan(tokens.body(), ArticleField.BODY, 0, out, why);
    return new ArticleDates(out, why);
  }

  /** The date mentions of one text, as if it were an article's body. */
  public List<DateMention> extract(String text, LocalDate reference) {
    return explain(text, reference).dates();
  }

  /** The date mentions of one text, as if it were an article's body, with why each was found and valued. */
  public ArticleDates explain(String text, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    List<String> why = new ArrayList<>();
    new Run(reference).scan(Tokenizer.tokenize(text), ArticleField.BODY, 0, out, why);
    return new ArticleDates(out, why);
  }

  /** The working state of one extraction: reused buffers and the resolver's anchor. */
  private static final class Run {
    private final Pieces pieces = new Pieces();
    private final Expression expression = new Expression();
    private final Resolver resolver;

    Run(LocalDate reference) {
      this.resolver = new Resolver(reference);
    }

    void scan(Tokens tokens, ArticleField field, int index, List<DateMention> out, List<String> why) {
      resolver.reset();
      String text = tokens.text();
      Pieces t = pieces;
      Expression e = expression;
      int sentence = 0;
      for (int s = 0; s < tokens.sentences(); s++) {
        t.sentence(tokens, tokens.sentenceStartToken(s), tokens.sentenceEndToken(s));
        for (; t.next(); sentence++) {
          scanPart(t, e, sentence, text, field, index, out, why);
        }
      }
    }

    /** The dates in the pieces read, {@code sentence} counting the parts of sentences read so far. */
    private void scanPart(Pieces t, Expression e, int sentence, String text, ArticleField field, int index,
        List<DateMention> out, List<String> why) {
      for (int i = 0; i < t.size; ) {
        int end = Grammar.match(t, i, e);
        if (end <= i) {
          i++;
          continue;
        }
        int first = e.first;
        if (!isSet(t, first, end)) {
          String value = resolver.resolve(e, t, first, end, sentence);
          int s = t.start[first];
          int x = t.end[end - 1];
          out.add(new DateMention(text.substring(s, x), value, field, index, s, x));
          why.add(e.form);
          why.add(resolver.how());
        }
        i = end;
      }
    }

    /** "every Monday", "each summer", "every other week", "on Saturday mornings": a set of dates, not one. */
    private static boolean isSet(Pieces t, int first, int end) {
      Word before = t.w(first - 1);
      if (before != null && before.setMarker) {
        return true;
      }
      Word after = t.w(end);
      if (after != null && after.part != null && after.plural) {
        return true;
      }
      return t.is(first - 1, "other") && t.w(first - 2) != null && t.w(first - 2).setMarker;
    }
  }
}
