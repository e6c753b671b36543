/**
 * Dates an article talks about, as TimeML values: a hand-written grammar ({@code Grammar} and its forms) over
 * the pieces of each sentence of the field's tokens ({@code Pieces}), and a {@code Resolver} that values each
 * match against the publication date, the tense of its sentence and the date named before. The entry point is
 * {@link io.github.lede.extract.dates.DateExtractor}. Internal.
 */
package io.github.lede.extract.dates;
