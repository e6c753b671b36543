package io.github.lede.model;

import java.util.Objects;

/**
 * A direct quote: the text inside the quotation marks, its speaker (null when unknown) and where it stands.
 * A quote that runs over several paragraphs is one quote; its offsets span all of them, and its text keeps the
 * blank line between them. The passages of one statement broken by its attribution ({@code "My hope," he said,
 * "is that ..."}) are one quote too: its offsets run from the first passage to the last, and its text joins
 * their words with {@code " … "}.
 *
 * <p>{@code speaker} is a person's canonical name ("Jim Clyburn") or a non-person source as written;
 * {@code speakerAsWritten} is how the article names the speaker where it attributes the quote, with titles and
 * appositions ("Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus"); a quote that keeps
 * the speaker of the one before keeps its words too. Both are null when the speaker is unknown;
 * {@code speakerAsWritten} is also null when the article names the speaker by a pronoun only.
 */
public record Quote(String text, String speaker, SpeakerKind speakerKind, String speakerAsWritten,
    ArticleField field, int index, int start, int end) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
