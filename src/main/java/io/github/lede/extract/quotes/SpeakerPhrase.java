package io.github.lede.extract.quotes;

/**
 * The phrase a quote is attributed to, as {@link Attribution} finds it: its offsets into the field's text (or
 * -1 when none was found), the pronoun it is, whether the quote opens its sentence, where the attributing
 * clause stops when the speaker is named after the quote ({@code attributionEnd}), the phrase with the titles
 * and appositions around it ({@code writtenStart..writtenEnd}), and the {@link AttributionStep} that found it.
 */
record SpeakerPhrase(int start, int end, String pronoun, boolean opensSentence, int attributionEnd,
    int writtenStart, int writtenEnd, String step) {
  /** The longest speaker as written that a quote keeps, in characters. */
  static final int MAX_WRITTEN = 300;

  SpeakerPhrase(int start, int end, String pronoun, boolean opensSentence, int attributionEnd) {
    this(start, end, pronoun, opensSentence, attributionEnd, start, end, null);
  }

  SpeakerPhrase(int start, int end, String pronoun, boolean opensSentence, int attributionEnd, int writtenStart,
      int writtenEnd) {
    this(start, end, pronoun, opensSentence, attributionEnd, writtenStart, writtenEnd, null);
  }

  /** The same phrase, found by the step named. */
  SpeakerPhrase by(String stepName) {
    return new SpeakerPhrase(start, end, pronoun, opensSentence, attributionEnd, writtenStart, writtenEnd,
        stepName);
  }

  boolean hasPhrase() {
    return start >= 0;
  }

  /**
   * The speaker as the text writes it, or null for a pronoun or a phrase over {@link #MAX_WRITTEN} characters
   * (the longest seen in news, with its appositions, is about 200).
   */
  String written(String text) {
    return pronoun != null || writtenEnd - writtenStart > MAX_WRITTEN ? null
        : text.substring(writtenStart, writtenEnd);
  }

  /** Whether the speaker was named after the quote ("...," X said); then {@code attributionEnd} is where
   * that clause stops (a sentence end, the next quote, the paragraph's end). */
  boolean namedAfter() {
    return attributionEnd >= 0;
  }
}
