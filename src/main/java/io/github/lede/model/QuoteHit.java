package io.github.lede.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One quote that matched a quote search, with the article it comes from.
 *
 * @param score the relevance score (NaN when sorted by date)
 * @param text the quote's words, whole
 * @param speaker who said it (a person's canonical name, or a source as written), or null
 * @param speakerKind what kind of speaker
 * @param speakerAsWritten the speaker as the article writes it, with titles and appositions, or null
 *     ({@link Quote#speakerAsWritten()})
 * @param highlight the quote with the query's matches marked (no spans when only filters matched, or when
 *     the search ran out of time before this hit); a quote longer than the request's {@code passageLength}
 *     comes as a window of that length around its first match, flagged ({@link Highlight}); this is what the
 *     command line prints
 * @param articleId the article's id ({@code Lede.get(id)} returns it whole)
 * @param headline the article's headline
 * @param published the article's publication day, or null
 * @param source the article's publisher, or null
 */
public record QuoteHit(
    float score, String text, String speaker, SpeakerKind speakerKind, String speakerAsWritten,
    Highlight highlight, String articleId, String headline, LocalDate published, String source) {
  public QuoteHit {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(highlight, "highlight");
    Objects.requireNonNull(articleId, "articleId");
  }
}
