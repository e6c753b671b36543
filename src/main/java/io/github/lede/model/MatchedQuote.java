package io.github.lede.model;

import java.util.Objects;

/**
 * A quote of a search hit that the query's {@code quote:} and {@code speaker:} clauses matched: for
 * {@code munitions AND speaker:putin}, what Putin said in that article.
 *
 * @param text the words inside the quotation marks
 * @param speaker who said it (a person's canonical name, or the source as written), or null
 * @param speakerKind whether the speaker is a person, another source, or unknown
 * @param speakerAsWritten the speaker as the article writes it, with titles and appositions, or null
 *     ({@link Quote#speakerAsWritten()})
 */
public record MatchedQuote(String text, String speaker, SpeakerKind speakerKind, String speakerAsWritten) {
  public MatchedQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerKind, "speakerKind");
  }
}
