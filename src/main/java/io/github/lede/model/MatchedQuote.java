package io.github.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A quote of a search hit that the query's {@code quote:} and {@code speaker:} clauses matched: for
 * {@code munitions AND speaker:putin}, what Putin said in that article.
 *
 * @param text the words inside the quotation marks (cut at the request's {@code passageLength}, ending in an
 *     ellipsis, when longer: {@link SearchHit#truncated()})
 * @param speaker who said it (a person's canonical name, or the source as written), or null
 * @param speakerKind whether the speaker is a person, another source, or unknown
 * @param speakerAsWritten the speaker as the article writes it, with titles and appositions, or null
 *     ({@link Quote#speakerAsWritten()})
 * @param highlight the quote with the query's words in it marked as spans, as a field highlight marks them
 *     ({@link Highlight}): a quote longer than the request's {@code passageLength} comes as a window of that
 *     length around its first match; no spans when only a {@code speaker:} clause picked the quote, or the
 *     search ran out of time before marking it
 */
public record MatchedQuote(String text, String speaker, SpeakerKind speakerKind, String speakerAsWritten,
    Highlight highlight) {
  public MatchedQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(highlight, "highlight");
  }

  /** A quote with nothing marked: its whole text as the highlight, without spans. */
  public MatchedQuote(String text, String speaker, SpeakerKind speakerKind, String speakerAsWritten) {
    this(text, speaker, speakerKind, speakerAsWritten, new Highlight(text, List.of()));
  }

}
